/**
 * The port every recordkeeping target implements ({@link au.gov.dss.socialmedia.records.target.RecordTarget}):
 * capture a record idempotently and say where it went ({@link au.gov.dss.socialmedia.records.target.Receipt}),
 * and re-check the fixity of what was captured ({@link au.gov.dss.socialmedia.records.target.FixityCheck}).
 * Adapters: {@code bagit} (the embedded default) and {@code cmis}.
 */
package au.gov.dss.socialmedia.records.target;
