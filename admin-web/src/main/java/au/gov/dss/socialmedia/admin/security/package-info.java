/**
 * Who may use the admin app: form login against the users table (PBKDF2 hashes), the roles, the initial
 * administrator of a new installation, and the password change forced at first login.
 */
package au.gov.dss.socialmedia.admin.security;
