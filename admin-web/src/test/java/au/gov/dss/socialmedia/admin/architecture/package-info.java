/** Architecture tests of the whole system, run from the app. */
package au.gov.dss.socialmedia.admin.architecture;
