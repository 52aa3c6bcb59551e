package au.gov.dss.socialmedia.admin.authorisation.web;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationCommands;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationDetail;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationQueries;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.domain.authorisation.StatusChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An authorisation's page ({@code /app/authorisation.xhtml?id=...}): what it allows, to whom, for how long, its
 * status history, the actions open to the reader (suspend, reinstate and revoke with a reason, renew to a new last
 * day; revoking warns that it cannot be undone) and its history.
 */
@Named
@ViewScoped
public class AuthorisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorisationQueries queries;

    @Inject
    AuthorisationCommands commands;

    private String id;
    private AuthorisationDetail detail;
    private String reason;
    private LocalDate newUntil;

    /** Reads the authorisation named by the address; answers 404 when there is none. */
    public void load() {
        detail = id == null ? null : queries.detail(id).orElse(null);
        if (detail == null) {
            Pages.notFound();
            return;
        }
        newUntil = detail.authorisation().until().plusYears(1);
    }

    /** Suspends it for the reason given. */
    public String suspend() {
        return after("suspendForm", () -> commands.suspend(id, version(), reason), "authorisations.suspended");
    }

    /** Reinstates it for the reason given. */
    public String reinstate() {
        return after("reinstateForm", () -> commands.reinstate(id, version(), reason), "authorisations.reinstated");
    }

    /** Revokes it, for good, for the reason given. */
    public String revoke() {
        return after("revokeForm", () -> commands.revoke(id, version(), reason), "authorisations.revoked");
    }

    /** Renews it to the new last day. */
    public String renew() {
        return after("renewForm", () -> commands.renew(id, version(), newUntil), "authorisations.renewed");
    }

    private String after(String form, Runnable action, String doneKey) {
        if (!CommandFeedback.attempt(form, action)) {
            return null;
        }
        Messages.info(doneKey, detail.authorisation().holderName());
        return Pages.to("/app/authorisation", id);
    }

    private long version() {
        return detail.authorisation().version();
    }

    /** The most characters a reason may have. */
    public int getReasonLimit() {
        return StatusChange.MAXIMUM_REASON_LENGTH;
    }

    /** The page. */
    public AuthorisationDetail getDetail() {
        return detail;
    }

    /** The id, from the address. @return it */
    public String getId() {
        return id;
    }

    /** Sets the id. @param id it */
    public void setId(String id) {
        this.id = id;
    }

    /** The reason typed in a dialog. @return it */
    public String getReason() {
        return reason;
    }

    /** Sets the reason. @param reason it */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The new last day. @return it */
    public LocalDate getNewUntil() {
        return newUntil;
    }

    /** Sets the new last day. @param newUntil it */
    public void setNewUntil(LocalDate newUntil) {
        this.newUntil = newUntil;
    }
}
