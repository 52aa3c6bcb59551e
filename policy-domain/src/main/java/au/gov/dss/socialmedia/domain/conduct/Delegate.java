package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.Text;
import java.util.Objects;

/**
 * The Secretary's delegate who decides the sanction: an officer of the Workplace Relations and Conduct Section and
 * the delegation under which they act, as the record of the decision must cite it.
 *
 * @param officer the delegate
 * @param delegation the delegation instrument they act under (for example "Secretary's delegation under s15(1),
 *                   item 3"), 1 to 500 characters
 */
public record Delegate(Employee officer, String delegation) {

    /** Refuses a missing officer or a blank delegation. */
    public Delegate {
        Objects.requireNonNull(officer, "delegate officer must not be null");
        delegation = Text.required("delegation", delegation, 500);
    }
}
