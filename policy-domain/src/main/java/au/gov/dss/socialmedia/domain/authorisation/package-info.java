/** Authorisations. */
package au.gov.dss.socialmedia.domain.authorisation;
