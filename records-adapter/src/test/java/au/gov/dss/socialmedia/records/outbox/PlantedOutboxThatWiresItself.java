package au.gov.dss.socialmedia.records.outbox;

import au.gov.dss.socialmedia.records.config.RecordsSettings;

/** Planted for the architecture test: the outbox reading the configuration itself. Nothing uses it. */
public final class PlantedOutboxThatWiresItself {

    private PlantedOutboxThatWiresItself() {
    }

    static int batch(RecordsSettings settings) {
        return settings.integer("records.sync.batch", 50);
    }
}
