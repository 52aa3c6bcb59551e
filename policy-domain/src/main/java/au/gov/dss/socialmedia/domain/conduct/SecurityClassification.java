package au.gov.dss.socialmedia.domain.conduct;

import java.util.Objects;

/**
 * The protective marking of information under the Protective Security Policy Framework: a classification level and
 * an information management marker. Every conduct matter, and every record of a decision on one, is
 * {@link #CONDUCT_MATTER OFFICIAL: Sensitive with the Personal privacy marker}.
 *
 * @param level the classification level
 * @param marker the information management marker
 */
public record SecurityClassification(Level level, InformationManagementMarker marker) {

    /** The marking of conduct matters and of the records of their decisions. */
    public static final SecurityClassification CONDUCT_MATTER =
            new SecurityClassification(Level.OFFICIAL_SENSITIVE, InformationManagementMarker.PERSONAL_PRIVACY);

    /** Refuses a missing level or marker. */
    public SecurityClassification {
        Objects.requireNonNull(level, "classification level must not be null");
        Objects.requireNonNull(marker, "information management marker must not be null");
    }

    /** The marking as people read it, for example {@code OFFICIAL: Sensitive, Personal privacy}. */
    public String label() {
        return level.label() + ", " + marker.label();
    }

    @Override
    public String toString() {
        return label();
    }

    /** The classification levels of the PSPF, in ascending order. */
    public enum Level {
        /** OFFICIAL. */
        OFFICIAL("OFFICIAL"),
        /** OFFICIAL: Sensitive. */
        OFFICIAL_SENSITIVE("OFFICIAL: Sensitive"),
        /** PROTECTED. */
        PROTECTED("PROTECTED"),
        /** SECRET. */
        SECRET("SECRET"),
        /** TOP SECRET. */
        TOP_SECRET("TOP SECRET");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        /** The level as it is written on a document. */
        public String label() {
            return label;
        }
    }

    /** The information management markers of the PSPF. */
    public enum InformationManagementMarker {
        /** Legal privilege. */
        LEGAL_PRIVILEGE("Legal privilege"),
        /** Legislative secrecy. */
        LEGISLATIVE_SECRECY("Legislative secrecy"),
        /** Personal privacy. */
        PERSONAL_PRIVACY("Personal privacy");

        private final String label;

        InformationManagementMarker(String label) {
            this.label = label;
        }

        /** The marker as it is written on a document. */
        public String label() {
            return label;
        }
    }
}
