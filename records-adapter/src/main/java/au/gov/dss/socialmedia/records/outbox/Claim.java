package au.gov.dss.socialmedia.records.outbox;

import au.gov.dss.socialmedia.records.mapping.RecordRequest;
import java.time.Instant;

/**
 * A record a worker has claimed: leased to it until {@code leaseUntil}.
 *
 * @param request the record asked for
 * @param attempt which attempt this is (1 for the first)
 * @param owner the worker that holds the lease
 * @param leaseUntil until when no other worker may claim it
 */
public record Claim(RecordRequest request, int attempt, String owner, Instant leaseUntil) {
}
