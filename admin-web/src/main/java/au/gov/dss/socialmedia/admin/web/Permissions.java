package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Set;

/**
 * What the signed-in person may do, for the pages: {@code #{can.ACCOUNT_ACTIVATE}} is true when they hold a role
 * that {@link ProtectedAction} allows for it, so that a page shows only the actions they may take. The one table
 * decides both the button and the server's check, which stays for every command.
 */
@Named("can")
@RequestScoped
public class Permissions extends AbstractMap<String, Boolean> {

    @Inject
    CurrentUser user;

    @Override
    public Boolean get(Object action) {
        ProtectedAction protectedAction;
        try {
            protectedAction = ProtectedAction.valueOf(String.valueOf(action));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("no protected action is called " + action, unknown);
        }
        return protectedAction.roles().stream().anyMatch(user::hasRole);
    }

    /** Whether the person holds one of the roles, by name ({@code #{can.hold('AUDITOR')}}). */
    public boolean hold(String... roles) {
        return Arrays.stream(roles).map(AppRole::valueOf).anyMatch(user::hasRole);
    }

    /**
     * Whether the person works in the app for CMB or a section ({@code #{can.staff()}}): holds a role other than
     * plain employee, so the lists of accounts, initiatives, authorisations and employees are theirs to read.
     */
    public boolean staff() {
        return Arrays.stream(AppRole.values()).filter(AppRole::staff).anyMatch(user::hasRole);
    }

    /**
     * The page of a thing of the kind ({@code ACCOUNT}...), when the person may open it, for a link from the audit
     * trail or a record; null when the kind has no page or their roles do not open it.
     */
    public String pageOf(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "ACCOUNT" -> "/app/account";
            case "AUTHORISATION" -> "/app/authorisation";
            case "INITIATIVE" -> "/app/initiative";
            case "EMPLOYEE" -> "/app/employee";
            case "USER" -> hold("CMB_ADMINISTRATOR") ? "/app/user" : null;
            case "RECORD" -> hold("RECORDS_OFFICER", "AUDITOR") ? "/app/record" : null;
            default -> null;
        };
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, Boolean>> entrySet() {
        return Set.of();
    }
}
