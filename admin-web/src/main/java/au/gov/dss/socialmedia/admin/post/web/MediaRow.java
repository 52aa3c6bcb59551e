package au.gov.dss.socialmedia.admin.post.web;

import au.gov.dss.socialmedia.admin.post.application.PostForm;
import java.io.Serializable;

/** A media item as the writing page edits it. */
public class MediaRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind = "IMAGE";
    private String description;
    private String altText;
    private boolean captioned;
    private boolean rightsCleared;
    private boolean showsBranding;
    private boolean brandingApproved;

    /** An empty image. */
    public MediaRow() {
    }

    /** The row of a stored item. */
    static MediaRow of(String kind, String description, String altText, boolean captioned, boolean rightsCleared,
                       boolean showsBranding, boolean brandingApproved) {
        MediaRow row = new MediaRow();
        row.kind = kind;
        row.description = description;
        row.altText = altText;
        row.captioned = captioned;
        row.rightsCleared = rightsCleared;
        row.showsBranding = showsBranding;
        row.brandingApproved = brandingApproved;
        return row;
    }

    /** The item for the form. */
    PostForm.MediaItem item() {
        return new PostForm.MediaItem(kind, description, altText, captioned, rightsCleared, showsBranding,
                brandingApproved);
    }

    /** @return IMAGE, VIDEO or AUDIO */
    public String getKind() {
        return kind;
    }

    /** @param kind IMAGE, VIDEO or AUDIO */
    public void setKind(String kind) {
        this.kind = kind;
    }

    /** @return what it shows */
    public String getDescription() {
        return description;
    }

    /** @param description what it shows */
    public void setDescription(String description) {
        this.description = description;
    }

    /** @return its text alternative */
    public String getAltText() {
        return altText;
    }

    /** @param altText its text alternative */
    public void setAltText(String altText) {
        this.altText = altText;
    }

    /** @return whether it has captions or a transcript */
    public boolean isCaptioned() {
        return captioned;
    }

    /** @param captioned whether it has captions or a transcript */
    public void setCaptioned(boolean captioned) {
        this.captioned = captioned;
    }

    /** @return whether the department may use it */
    public boolean isRightsCleared() {
        return rightsCleared;
    }

    /** @param rightsCleared whether the department may use it */
    public void setRightsCleared(boolean rightsCleared) {
        this.rightsCleared = rightsCleared;
    }

    /** @return whether it shows the department's branding */
    public boolean isShowsBranding() {
        return showsBranding;
    }

    /** @param showsBranding whether it shows the department's branding */
    public void setShowsBranding(boolean showsBranding) {
        this.showsBranding = showsBranding;
    }

    /** @return whether CMB approved the branding */
    public boolean isBrandingApproved() {
        return brandingApproved;
    }

    /** @param brandingApproved whether CMB approved the branding */
    public void setBrandingApproved(boolean brandingApproved) {
        this.brandingApproved = brandingApproved;
    }
}
