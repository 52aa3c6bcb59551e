package au.gov.dss.socialmedia.records.cmis;

import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import java.sql.SQLException;

/** Planted for the architecture test: a target that reads the outbox. Nothing uses it. */
public final class PlantedTargetThatReadsTheOutbox {

    private PlantedTargetThatReadsTheOutbox() {
    }

    static long pending(RecordOutbox outbox) throws SQLException {
        return outbox.counts().pending();
    }
}
