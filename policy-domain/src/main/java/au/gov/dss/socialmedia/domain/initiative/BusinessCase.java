package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The business case that must support a social media initiative before CMB approves it. A draft may leave parts
 * empty (empty text, no channels, no period); {@link #missingParts()} names what is missing, and the initiative
 * cannot be submitted until nothing is.
 *
 * @param objectives what the initiative is to achieve, up to 4000 characters
 * @param audience who it is for, up to 2000 characters
 * @param channels the social media platforms or channels it will use (for example "Facebook", "LinkedIn"), each
 *                 1 to 100 characters, no two the same ignoring case, at most {@value #MAX_CHANNELS}
 * @param resourcing who and what will run it (staff, time, budget), up to 4000 characters
 * @param measuresOfSuccess how success will be measured, up to 4000 characters
 * @param duration how long it is planned to run, if said yet
 */
public record BusinessCase(String objectives, String audience, List<String> channels, String resourcing,
                           String measuresOfSuccess, Optional<PlannedPeriod> duration) {

    /** The most channels a business case may name. */
    public static final int MAX_CHANNELS = 20;
    /** The most characters the objectives, the resourcing and the measures of success may each have. */
    public static final int MAX_TEXT = 4000;
    /** The most characters the audience may have. */
    public static final int MAX_AUDIENCE = 2000;
    /** The most characters a channel's name may have. */
    public static final int MAX_CHANNEL = 100;

    /** Refuses over-long text, blank, duplicate or too many channels, and missing lists or optionals. */
    public BusinessCase {
        objectives = Text.optional("business case objectives", objectives, MAX_TEXT);
        audience = Text.optional("business case audience", audience, MAX_AUDIENCE);
        Objects.requireNonNull(channels, "business case channels must not be null");
        if (channels.size() > MAX_CHANNELS) {
            throw new IllegalArgumentException("business case channels must be at most " + MAX_CHANNELS
                    + ", but were " + channels.size());
        }
        List<String> checked = new ArrayList<>(channels.size());
        Set<String> seen = new HashSet<>();
        for (String channel : channels) {
            String name = Text.required("business case channel", channel, MAX_CHANNEL);
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("business case channels must not name '" + name + "' twice");
            }
            checked.add(name);
        }
        channels = List.copyOf(checked);
        resourcing = Text.optional("business case resourcing", resourcing, MAX_TEXT);
        measuresOfSuccess = Text.optional("business case measures of success", measuresOfSuccess, MAX_TEXT);
        Objects.requireNonNull(duration, "business case duration must not be null (use Optional.empty())");
    }

    /** A business case with nothing filled in yet, as a new draft has. */
    public static BusinessCase empty() {
        return new BusinessCase("", "", List.of(), "", "", Optional.empty());
    }

    /** The same business case with these objectives. */
    public BusinessCase withObjectives(String newObjectives) {
        return new BusinessCase(newObjectives, audience, channels, resourcing, measuresOfSuccess, duration);
    }

    /** The same business case with this audience. */
    public BusinessCase withAudience(String newAudience) {
        return new BusinessCase(objectives, newAudience, channels, resourcing, measuresOfSuccess, duration);
    }

    /** The same business case with these channels. */
    public BusinessCase withChannels(String... newChannels) {
        return new BusinessCase(objectives, audience, List.of(newChannels), resourcing, measuresOfSuccess, duration);
    }

    /** The same business case with this resourcing. */
    public BusinessCase withResourcing(String newResourcing) {
        return new BusinessCase(objectives, audience, channels, newResourcing, measuresOfSuccess, duration);
    }

    /** The same business case with these measures of success. */
    public BusinessCase withMeasuresOfSuccess(String newMeasures) {
        return new BusinessCase(objectives, audience, channels, resourcing, newMeasures, duration);
    }

    /** The same business case with this planned period. */
    public BusinessCase withDuration(PlannedPeriod newDuration) {
        return new BusinessCase(objectives, audience, channels, resourcing, measuresOfSuccess,
                Optional.of(Objects.requireNonNull(newDuration, "business case duration must not be null")));
    }

    /**
     * The parts still missing, by name, in form order: "objectives", "audience", "channels", "resourcing",
     * "measures of success", "duration". Empty when the business case is complete.
     */
    public List<String> missingParts() {
        List<String> missing = new ArrayList<>();
        if (objectives.isEmpty()) {
            missing.add("objectives");
        }
        if (audience.isEmpty()) {
            missing.add("audience");
        }
        if (channels.isEmpty()) {
            missing.add("channels");
        }
        if (resourcing.isEmpty()) {
            missing.add("resourcing");
        }
        if (measuresOfSuccess.isEmpty()) {
            missing.add("measures of success");
        }
        if (duration.isEmpty()) {
            missing.add("duration");
        }
        return List.copyOf(missing);
    }

    /** Whether nothing is missing. */
    public boolean isComplete() {
        return missingParts().isEmpty();
    }
}
