package au.gov.dss.socialmedia.admin.platform.persistence;

import au.gov.dss.socialmedia.admin.platform.command.StoredVersions;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The application's {@link StoredVersions} port: the version column of the thing's row. */
@Dependent
public class JpaStoredVersions implements StoredVersions {

    private static final Map<SubjectKind, String> VERSIONS = Map.of(
            SubjectKind.ACCOUNT, "SELECT version FROM social_media_account WHERE id = ?",
            SubjectKind.AUTHORISATION, "SELECT version FROM authorisation WHERE id = ?",
            SubjectKind.INITIATIVE, "SELECT version FROM initiative WHERE id = ?",
            SubjectKind.EMPLOYEE, "SELECT version FROM employee WHERE id = ?",
            SubjectKind.USER, "SELECT version FROM app_user WHERE username = ?",
            SubjectKind.POST, "SELECT version FROM official_post WHERE id = ?",
            SubjectKind.COMMENT, "SELECT version FROM public_comment WHERE id = ?");

    private final EntityManager em;

    /** Versions read through the given entity manager. */
    @Inject
    public JpaStoredVersions(EntityManager em) {
        this.em = em;
    }

    @Override
    public OptionalLong of(SubjectKind kind, String id) {
        String sql = VERSIONS.get(kind);
        if (sql == null) {
            throw new IllegalArgumentException(kind + " has no version");
        }
        // Written to the database first, so that a version this transaction already moved is the one compared.
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        List<?> found = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) found.get(0)).longValue());
    }
}
