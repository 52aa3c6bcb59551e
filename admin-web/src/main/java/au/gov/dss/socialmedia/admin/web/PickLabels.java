package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.platform.listing.Option;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The labels of the values a page's auto-completes offered, kept for the view: a picked value (an id) shows by the
 * label it was offered with, and any other value is looked up once.
 */
public final class PickLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> labels = new HashMap<>();

    /** Remembers the options' labels and returns their values, for an auto-complete's complete method. */
    public List<String> offer(List<Option> options) {
        options.forEach(option -> labels.put(option.value(), option.label()));
        return options.stream().map(Option::value).toList();
    }

    /** The label of the value: the remembered one, or the one looked up (once); blank for no value. */
    public String of(String value, Function<String, String> lookUp) {
        return value == null || value.isBlank() ? "" : labels.computeIfAbsent(value, lookUp);
    }
}
