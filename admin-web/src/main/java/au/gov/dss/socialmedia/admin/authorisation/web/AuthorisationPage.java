package au.gov.dss.socialmedia.admin.authorisation.web;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationCommands;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationDetail;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationQueries;
import au.gov.dss.socialmedia.admin.web.DetailPage;
import au.gov.dss.socialmedia.domain.authorisation.StatusChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.time.LocalDate;

/**
 * An authorisation's page ({@code /app/authorisation.xhtml?id=...}): what it allows, to whom, for how long, its
 * status history, the actions open to the reader (suspend, reinstate and revoke with a reason, renew to a new last
 * day; revoking warns that it cannot be undone) and its history.
 */
@Named
@ViewScoped
public class AuthorisationPage extends DetailPage<AuthorisationDetail> {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorisationQueries queries;

    @Inject
    AuthorisationCommands commands;

    private String reason;
    private LocalDate newUntil;

    /** The page, at its address. */
    public AuthorisationPage() {
        super("/app/authorisation");
    }

    @Override
    protected Optional<AuthorisationDetail> find(String id) {
        return queries.detail(id);
    }

    @Override
    protected void loaded(AuthorisationDetail shown) {
        newUntil = shown.authorisation().until().plusYears(1);
    }

    /** Suspends it for the reason given. */
    public String suspend() {
        return after("suspendForm", () -> commands.suspend(getId(), version(), reason), "authorisations.suspended");
    }

    /** Reinstates it for the reason given. */
    public String reinstate() {
        return after("reinstateForm", () -> commands.reinstate(getId(), version(), reason), "authorisations.reinstated");
    }

    /** Revokes it, for good, for the reason given. */
    public String revoke() {
        return after("revokeForm", () -> commands.revoke(getId(), version(), reason), "authorisations.revoked");
    }

    /** Renews it to the new last day. */
    public String renew() {
        return after("renewForm", () -> commands.renew(getId(), version(), newUntil), "authorisations.renewed");
    }

    private String after(String form, Runnable action, String doneKey) {
        return act(form, action, doneKey, getDetail().authorisation().holderName());
    }

    private long version() {
        return getDetail().authorisation().version();
    }

    /** The most characters a reason may have. */
    public int getReasonLimit() {
        return StatusChange.MAXIMUM_REASON_LENGTH;
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
