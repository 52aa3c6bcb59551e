package au.gov.dss.socialmedia.admin.post.web;

import au.gov.dss.socialmedia.admin.post.application.PostForm;
import java.io.Serializable;

/** A source as the writing page edits it. */
public class SourceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String citation;
    private String url;

    /** An empty source. */
    public SourceRow() {
    }

    /** The row of a stored source. */
    static SourceRow of(String citation, String url) {
        SourceRow row = new SourceRow();
        row.citation = citation;
        row.url = url;
        return row;
    }

    /** The source for the form. */
    PostForm.SourceItem item() {
        return new PostForm.SourceItem(citation, url);
    }

    /** @return what it is */
    public String getCitation() {
        return citation;
    }

    /** @param citation what it is */
    public void setCitation(String citation) {
        this.citation = citation;
    }

    /** @return where it is */
    public String getUrl() {
        return url;
    }

    /** @param url where it is */
    public void setUrl(String url) {
        this.url = url;
    }
}
