/** Test fixtures of the records adapter: sample events, databases, targets that fail on purpose. */
package au.gov.dss.socialmedia.records.testing;
