package au.gov.dss.socialmedia.records.cmis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach a CMIS repository.
 *
 * @param browserUrl the browser binding URL, for example {@code http://127.0.0.1:8080/inmemory/browser}
 * @param repositoryId the repository, or empty for the first the server lists
 * @param user the user for basic authentication, if any
 * @param password the password, if any
 * @param folder the folder records are filed under, for example {@code /Records} (created when missing)
 * @param timeout the time-out of each request
 */
public record CmisSettings(String browserUrl, Optional<String> repositoryId, Optional<String> user,
                           Optional<String> password, String folder, Duration timeout) {

    /** The document type this module files records as, created in repositories that allow it. */
    public static final String RECORD_TYPE = "dss:record";

    /** Refuses a missing URL and a folder that is not an absolute path. */
    public CmisSettings {
        Objects.requireNonNull(browserUrl, "CMIS browser URL must not be null");
        browserUrl = browserUrl.endsWith("/") ? browserUrl.substring(0, browserUrl.length() - 1) : browserUrl;
        Objects.requireNonNull(repositoryId, "repository id must not be null (use Optional.empty())");
        Objects.requireNonNull(user, "user must not be null (use Optional.empty())");
        Objects.requireNonNull(password, "password must not be null (use Optional.empty())");
        Objects.requireNonNull(folder, "folder must not be null");
        if (!folder.startsWith("/")) {
            throw new IllegalArgumentException("CMIS folder must be an absolute path, but was '" + folder + "'");
        }
        folder = folder.length() > 1 && folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        Objects.requireNonNull(timeout, "timeout must not be null");
    }
}
