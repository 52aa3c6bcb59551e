package au.gov.dss.socialmedia.admin.platform.listing;

import java.io.Serializable;

/**
 * A choice in a pick list.
 *
 * @param value what is submitted
 * @param label what the user reads
 */
public record Option(String value, String label) implements Serializable {
}
