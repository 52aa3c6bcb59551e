/**
 * The CMIS 1.1 target (Alfresco and other CMIS-capable records systems), over the browser binding: JSON and HTML
 * forms over HTTP, spoken by {@link au.gov.dss.socialmedia.records.cmis.CmisBrowserClient} on
 * {@code java.net.http} rather than the retired OpenCMIS client library (which pulls in CXF and JAX-WS, has had no
 * release since 2017, and would be this module's largest dependency for five HTTP calls).
 * {@link au.gov.dss.socialmedia.records.cmis.CmisRepositoryTarget} files each record as a folder
 * {@code <folder>/<yyyy>/<mm>/<record id>/} holding the event JSON, the rendition and the AGRkMS XML as documents
 * whose properties carry the key metadata; it looks each document up by path before creating it (idempotent) and
 * reads the content back to verify its SHA-256.
 */
package au.gov.dss.socialmedia.records.cmis;
