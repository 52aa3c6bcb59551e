package au.gov.dss.socialmedia.admin.user.application;

import java.util.List;

/**
 * The form that creates a user.
 *
 * @param username the user name
 * @param employeeId the employee number of the person the user is
 * @param roles the roles to give (names such as {@code AUDITOR})
 */
public record NewUser(String username, String employeeId, List<String> roles) implements java.io.Serializable {
}
