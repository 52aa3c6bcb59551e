package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.audit.AuditEntry;
import au.gov.dss.socialmedia.admin.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The audit trail for auditors: the latest entries, filtered by who and what, and the chain's verification. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    private String actor;
    private String action;
    private List<AuditEntry> entries;
    private List<String> problems;

    /** The latest entries matching the filter (read once per filter). */
    public List<AuditEntry> getEntries() {
        if (entries == null) {
            requireAuditor();
            entries = audit.page(actor, action, 0, PAGE);
        }
        return entries;
    }

    /** Applies the filter. */
    public void filter() {
        entries = null;
    }

    /** Re-computes the whole hash chain and says whether anything was altered, removed or inserted. */
    public void verify() {
        requireAuditor();
        problems = audit.verify();
        if (problems.isEmpty()) {
            Messages.info("audit.intact");
        } else {
            Messages.error("audit.broken", String.join("; ", problems));
        }
    }

    private void requireAuditor() {
        if (!user.hasRole(AppRole.AUDITOR)) {
            throw new SecurityException("only auditors read the audit trail");
        }
    }

    /** The problems the last verification found, or null before one ran. */
    public List<String> getProblems() {
        return problems;
    }

    /** The user name filtered by. @return it */
    public String getActor() {
        return actor;
    }

    /** Sets the user name filtered by. @param actor it */
    public void setActor(String actor) {
        this.actor = actor;
    }

    /** The action (prefix) filtered by. @return it */
    public String getAction() {
        return action;
    }

    /** Sets the action (prefix) filtered by. @param action it */
    public void setAction(String action) {
        this.action = action;
    }
}
