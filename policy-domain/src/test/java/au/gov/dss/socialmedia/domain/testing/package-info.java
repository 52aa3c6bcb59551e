/** Test support shared by the tests of several aggregates. */
package au.gov.dss.socialmedia.domain.testing;
