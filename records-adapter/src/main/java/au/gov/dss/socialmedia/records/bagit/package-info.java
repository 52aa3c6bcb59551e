/**
 * The embedded recordkeeping target: a BagIt archive on the file system (RFC 8493). One bag per record at
 * {@code <root>/<yyyy>/<mm>/<record id>/}, holding the event JSON and its rendition as payload, SHA-256 and
 * SHA-512 payload and tag manifests, {@code bag-info.txt} with the Payload-Oxum and the key metadata, and the full
 * AGRkMS metadata as the tag file {@code agrkms-metadata.xml}. A bag is written into a staging directory, made
 * durable (every file and directory fsynced, when asked) and renamed into place atomically, so a crash never
 * leaves half a bag where a bag should be; {@link au.gov.dss.socialmedia.records.bagit.BagVerifier} checks a bag
 * against its manifests and Payload-Oxum.
 */
package au.gov.dss.socialmedia.records.bagit;
