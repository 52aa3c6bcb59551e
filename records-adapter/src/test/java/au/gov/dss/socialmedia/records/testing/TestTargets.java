package au.gov.dss.socialmedia.records.testing;

import au.gov.dss.socialmedia.records.mapping.OfficialRecord;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import au.gov.dss.socialmedia.records.target.Receipt;
import au.gov.dss.socialmedia.records.target.RecordTarget;
import au.gov.dss.socialmedia.records.target.TargetException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Targets for the worker tests: one that counts, one that is down, one that refuses some records. */
public final class TestTargets {

    private TestTargets() {
    }

    /** Keeps records in memory, counting how often each was sent; can be switched off (unavailable). */
    public static final class Counting implements RecordTarget {
        private final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        private final Map<String, String> digests = new ConcurrentHashMap<>();
        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicBoolean available = new AtomicBoolean(true);
        private final Set<String> refused = ConcurrentHashMap.newKeySet();

        @Override
        public String name() {
            return "memory";
        }

        /** Makes the target unavailable (true) or available again (false). */
        public void down(boolean down) {
            available.set(!down);
        }

        /** Makes the target refuse a record, always. */
        public void refuse(String recordId) {
            refused.add(recordId);
        }

        @Override
        public Receipt capture(OfficialRecord record) throws TargetException {
            calls.incrementAndGet();
            if (!available.get()) {
                throw new TargetException("connection refused: the memory target is down");
            }
            if (refused.contains(record.id())) {
                throw new TargetException("permission denied for record " + record.id());
            }
            sends.computeIfAbsent(record.id(), id -> new AtomicInteger()).incrementAndGet();
            digests.put(record.id(), record.primary().sha256());
            return new Receipt(name(), "mem:" + record.id());
        }

        @Override
        public FixityCheck verify(Receipt receipt, String expectedJsonSha256) {
            String id = receipt.location().substring(4);
            String digest = digests.get(id);
            return new FixityCheck(receipt, digest != null && digest.equals(expectedJsonSha256) ? List.of()
                    : List.of("digest of " + id + " is " + digest));
        }

        /** How many times each record was sent successfully. */
        public Map<String, AtomicInteger> sends() {
            return sends;
        }

        /** How many capture calls were made, failed or not. */
        public int calls() {
            return calls.get();
        }
    }
}
