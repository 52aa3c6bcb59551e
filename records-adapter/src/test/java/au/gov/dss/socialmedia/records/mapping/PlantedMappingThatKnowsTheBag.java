package au.gov.dss.socialmedia.records.mapping;

import au.gov.dss.socialmedia.records.bagit.BagItArchive;

/** Planted for the architecture test: mapping that knows where the BagIt archive files a record. Nothing uses it. */
public final class PlantedMappingThatKnowsTheBag {

    private PlantedMappingThatKnowsTheBag() {
    }

    static String location(RecordMetadata metadata) {
        return BagItArchive.relativeLocation(metadata);
    }
}
