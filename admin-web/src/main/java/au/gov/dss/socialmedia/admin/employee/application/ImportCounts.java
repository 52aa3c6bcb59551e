package au.gov.dss.socialmedia.admin.employee.application;

import java.io.Serializable;

/**
 * What an import did.
 *
 * @param added employees that were not in the directory
 * @param updated employees whose details changed
 * @param unchanged employees whose details were already as in the file
 */
public record ImportCounts(int added, int updated, int unchanged) implements Serializable {
}
