package au.gov.dss.socialmedia.records.cmis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** Planted for the architecture test: CMIS code parsing JSON with jackson-core itself. Nothing uses it. */
public final class PlantedCmisParsingJsonItself {

    private PlantedCmisParsingJsonItself() {
    }

    static JsonParser parser(String answer) throws IOException {
        return new JsonFactory().createParser(answer);
    }
}
