package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.Text;

/**
 * A source cited for a claim in a post ("Be accurate": cite sources where appropriate).
 *
 * @param citation what is cited, for example "ABS, Labour Force, Australia, October 2026"
 * @param url where it can be read (empty when there is no link)
 */
public record Source(String citation, String url) {

    /** Refuses a blank citation or a URL that is not http(s). */
    public Source {
        citation = Text.required("source citation", citation, 500);
        url = Text.optional("source URL", url, 2000);
        if (!url.isEmpty() && !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("source URL must start with https:// or http://, but was '" + url
                    + "'");
        }
    }
}
