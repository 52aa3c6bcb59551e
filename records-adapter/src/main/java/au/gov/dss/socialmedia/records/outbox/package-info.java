/**
 * Losing nothing: the transactional outbox and its workers.
 * <ul>
 *   <li>{@link au.gov.dss.socialmedia.records.outbox.OutboxRecordKeeping} implements the domain port
 *       {@code RecordKeeping}: it writes the record request into {@code record_outbox} through the caller's
 *       connection, in the caller's transaction, so a committed change always has its record pending;</li>
 *   <li>{@link au.gov.dss.socialmedia.records.outbox.RecordSync} is a worker: it claims due records with
 *       {@code SELECT ... FOR UPDATE SKIP LOCKED} and a lease, captures them into every target outside the
 *       transaction, then marks them captured; failures are retried with exponential backoff and jitter
 *       ({@link au.gov.dss.socialmedia.records.outbox.RetryPolicy}) and parked as FAILED after the last attempt;
 *       an expired lease makes a record claimable again;</li>
 *   <li>{@link au.gov.dss.socialmedia.records.outbox.RecordOutbox} is the table's API for the records page:
 *       pending, failed (with the last error) and captured (with the target ids), retry, and fixity checks;</li>
 *   <li>{@link au.gov.dss.socialmedia.records.outbox.OutboxSchema} applies the versioned migrations
 *       ({@code db/records/V*__*.sql}) to a standalone database (the CLI's {@code migrate}, the tests); in the
 *       application's database admin-web's Flyway creates the same table (its migration V13).</li>
 * </ul>
 * Lifecycle of a row: {@code PENDING --capture ok--> CAPTURED}; {@code PENDING --failure--> PENDING (later)};
 * {@code PENDING --last failure--> FAILED --retry--> PENDING}.
 */
package au.gov.dss.socialmedia.records.outbox;
