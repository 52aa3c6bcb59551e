/**
 * Configuration of the records adapter by named keys ({@code records.bagit.root}, {@code records.cmis.url}, ...),
 * read through any lookup function: MicroProfile Config in admin-web
 * ({@code key -> config.getOptionalValue(key, String.class)}), command-line options, system properties or the
 * environment in the CLI. {@link au.gov.dss.socialmedia.records.config.RecordsSettings} builds the targets, the
 * worker and the disposal schedule from it.
 */
package au.gov.dss.socialmedia.records.config;
