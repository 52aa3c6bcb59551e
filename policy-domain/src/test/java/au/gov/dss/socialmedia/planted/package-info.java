/**
 * Planted architecture violations, imported only by the tests that prove the architecture rules catch them.
 * Nothing else may use these classes.
 */
package au.gov.dss.socialmedia.planted;
