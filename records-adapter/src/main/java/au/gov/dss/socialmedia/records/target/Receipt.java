package au.gov.dss.socialmedia.records.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a target keeps a captured record.
 *
 * @param target the target's {@link RecordTarget#name() name}
 * @param location the record's id in the target: a bag's path relative to the archive root, a CMIS object id
 */
public record Receipt(String target, String location) {

    /** Refuses blank parts and line breaks (receipts are stored one per line). */
    public Receipt {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(location, "location must not be null");
        if (target.isBlank() || target.contains("=") || target.contains("\n") || location.isBlank()
                || location.contains("\n")) {
            throw new IllegalArgumentException("malformed receipt " + target + "=" + location);
        }
    }

    /** The stored form of several receipts: one {@code target=location} per line. */
    public static String encode(List<Receipt> receipts) {
        StringBuilder out = new StringBuilder();
        for (Receipt receipt : receipts) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(receipt.target).append('=').append(receipt.location);
        }
        return out.toString();
    }

    /** Reads the stored form. */
    public static List<Receipt> decode(String text) {
        List<Receipt> receipts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return receipts;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed receipt '" + line + "'");
            }
            receipts.add(new Receipt(line.substring(0, eq), line.substring(eq + 1)));
        }
        return receipts;
    }

    @Override
    public String toString() {
        return target + "=" + location;
    }
}
