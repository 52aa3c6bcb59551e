package au.gov.dss.socialmedia.admin.platform.persistence;

import java.util.Locale;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Names the columns of the entities as the schema does: a field {@code handleOrUrl} is stored in the column
 * {@code handle_or_url}, so that entities say {@code @Column} only where a column is named otherwise. A column
 * named explicitly (its name differs from the field's) is left alone. Set in {@code persistence.xml} as EclipseLink's
 * session customizer, for the container and the tests alike.
 */
public class SnakeCaseColumns implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                DatabaseField field = mapping.getField();
                if (field != null && field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
                    field.setName(snakeCase(mapping.getAttributeName()));
                }
            }
        }
    }

    /** The name in snake case: {@code handleOrUrl} is {@code handle_or_url}. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
