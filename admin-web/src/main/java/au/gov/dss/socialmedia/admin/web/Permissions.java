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

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, Boolean>> entrySet() {
        return Set.of();
    }
}
