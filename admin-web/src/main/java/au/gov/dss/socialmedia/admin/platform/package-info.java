/**
 * What the application stands on: the data source, schema migrations at start, the clock and the producers that
 * wire the framework-free domain into CDI.
 */
package au.gov.dss.socialmedia.admin.platform;
