package au.gov.dss.socialmedia.records.outbox;

import org.junit.jupiter.api.Assertions;

/** Planted for the architecture test: outbox code on a library (here a test library). Nothing uses it. */
public final class PlantedOutboxOnATestLibrary {

    private PlantedOutboxOnATestLibrary() {
    }

    static void check(boolean claimed) {
        Assertions.assertTrue(claimed);
    }
}
