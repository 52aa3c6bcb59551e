package au.gov.dss.socialmedia.admin.platform.listing;

import java.util.regex.Pattern;

/**
 * A record's title as a person reads it in the app. The recordkeeping system's title names the thing by its
 * identifier too ({@code Official account activated: X (Twitter) @families (account 4f1c...)}), which keeps titles
 * apart there; the app shows the title without it, as the page already links to the thing.
 */
public final class RecordTitles {

    private static final Pattern IDENTIFIER = Pattern.compile(
            "\\s*\\((?:account|authorisation|initiative|post|comment|matter) [0-9a-fA-F-]{36}\\)");

    private RecordTitles() {
    }

    /** The title without the identifiers the recordkeeping system's title carries. */
    public static String readable(String title) {
        return title == null ? null : IDENTIFIER.matcher(title).replaceAll("");
    }
}
