package au.gov.dss.socialmedia.records.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The disposal and business classification of each record type, configured by the records manager. Keys (all
 * optional; a MicroProfile Config source or a properties file can give them):
 * <pre>
 * records.disposal.authority            = AFDA Express Version 2
 * records.disposal.class                = UNSENTENCED            (default class for every type)
 * records.disposal.action               = Retain until sentenced
 * records.disposal.&lt;type-code&gt;.class   = 12345                  (per record type, e.g. post-published)
 * records.disposal.&lt;type-code&gt;.action  = Destroy 7 years after action completed
 * records.function                      = EXTERNAL RELATIONS
 * records.activity                      = Social media
 * records.function.&lt;type-code&gt;, records.activity.&lt;type-code&gt;  (per record type)
 * </pre>
 * The built-in defaults ({@code records-disposal.properties} on the class path) leave every class
 * {@link Disposal#UNSENTENCED}: this module does not guess class numbers of a records authority. A record captured
 * unsentenced says so in its metadata and is kept until sentenced.
 */
public final class DisposalSchedule {

    private final Map<RecordType, Disposal> disposals;
    private final Map<RecordType, String> functions;
    private final Map<RecordType, String> activities;

    private DisposalSchedule(Map<RecordType, Disposal> disposals, Map<RecordType, String> functions,
                             Map<RecordType, String> activities) {
        this.disposals = disposals;
        this.functions = functions;
        this.activities = activities;
    }

    /** The built-in defaults. */
    public static DisposalSchedule defaults() {
        return from(new Properties());
    }

    /** The schedule from configuration, over the built-in defaults. */
    public static DisposalSchedule from(Properties configuration) {
        Objects.requireNonNull(configuration, "configuration must not be null");
        Properties merged = new Properties();
        try (InputStream in = DisposalSchedule.class.getResourceAsStream("/records-disposal.properties")) {
            if (in != null) {
                merged.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read records-disposal.properties", e);
        }
        configuration.stringPropertyNames().forEach(key -> merged.setProperty(key, configuration.getProperty(key)));
        String authority = merged.getProperty("records.disposal.authority", "AFDA Express Version 2");
        String defaultClass = merged.getProperty("records.disposal.class", Disposal.UNSENTENCED);
        String defaultAction = merged.getProperty("records.disposal.action",
                "Retain until sentenced by the records manager");
        String defaultFunction = merged.getProperty("records.function", "EXTERNAL RELATIONS");
        String defaultActivity = merged.getProperty("records.activity", "Social media");
        Map<RecordType, Disposal> disposals = new EnumMap<>(RecordType.class);
        Map<RecordType, String> functions = new EnumMap<>(RecordType.class);
        Map<RecordType, String> activities = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            String prefix = "records.disposal." + type.code();
            disposals.put(type, new Disposal(authority, merged.getProperty(prefix + ".class", defaultClass),
                    merged.getProperty(prefix + ".action", defaultAction)));
            functions.put(type, merged.getProperty("records.function." + type.code(), defaultFunction));
            activities.put(type, merged.getProperty("records.activity." + type.code(), defaultActivity));
        }
        return new DisposalSchedule(disposals, functions, activities);
    }

    /** Whether the key is one of the keys above (with a record type's code where a key takes one). */
    public static boolean isKey(String key) {
        if (Set.of("records.disposal.authority", "records.disposal.class", "records.disposal.action",
                "records.function", "records.activity").contains(key)) {
            return true;
        }
        for (RecordType type : RecordType.values()) {
            if (Set.of("records.disposal." + type.code() + ".class", "records.disposal." + type.code() + ".action",
                    "records.function." + type.code(), "records.activity." + type.code()).contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The disposal of records of this type. */
    public Disposal disposalOf(RecordType type) {
        return disposals.get(type);
    }

    /** The business function records of this type document, for example {@code EXTERNAL RELATIONS}. */
    public String functionOf(RecordType type) {
        return functions.get(type);
    }

    /** The activity within the function, for example {@code Social media}. */
    public String activityOf(RecordType type) {
        return activities.get(type);
    }
}
