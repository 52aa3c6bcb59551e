package au.gov.dss.socialmedia.records.outbox;

/**
 * How many records are in each state.
 *
 * @param pending waiting to be captured
 * @param failed parked after their last attempt
 * @param captured captured
 */
public record OutboxCounts(long pending, long failed, long captured) {

    /** All of them. */
    public long total() {
        return pending + failed + captured;
    }
}
