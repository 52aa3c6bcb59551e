package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Named rule: who may be authorised in which role.
 * <ul>
 *   <li>A {@link Role#COMMUNICATION_ACCOUNT_MANAGER} works in CMB ("an official account must be administered by an
 *       authorised Communication Account Manager in CMB"): {@value AuthorisationCodes#MANAGER_MUST_WORK_IN_CMB}.</li>
 *   <li>An {@link Role#AUTHORISED_CONTRIBUTOR}, from any business area, is authorised only after recorded training
 *       ("they will be trained accordingly"): {@value AuthorisationCodes#TRAINING_NOT_RECORDED}, completed on or
 *       before the day of the grant: {@value AuthorisationCodes#TRAINING_AFTER_GRANT}.</li>
 *   <li>Any training record given must have been recorded by someone other than the trainee:
 *       {@value AuthorisationCodes#TRAINING_RECORDED_BY_HOLDER}.</li>
 * </ul>
 */
public final class RoleEligibility {

    private RoleEligibility() {
    }

    /**
     * Whether the employee may be granted the role with the training given, on the given day.
     *
     * @param holder the employee to authorise, as the directory knows them now
     * @param role the role to grant
     * @param training the training the employee completed, if recorded
     * @param grantDay the day of the grant, in the department's time zone
     */
    public static Decision decide(Employee holder, Role role, Optional<TrainingRecord> training, LocalDate grantDay) {
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(training, "training must not be null (use Optional.empty())");
        Objects.requireNonNull(grantDay, "grant day must not be null");
        if (role == Role.COMMUNICATION_ACCOUNT_MANAGER && !holder.worksInCmb()) {
            return Decision.refused(AuthorisationCodes.MANAGER_MUST_WORK_IN_CMB, PolicyClause.PRINCIPLE_ADMINISTRATION,
                    "only CMB staff can be Communication Account Managers, but " + holder.id() + " works in "
                            + holder.businessArea() + "; authorise them as an Authorised Contributor instead");
        }
        if (role == Role.AUTHORISED_CONTRIBUTOR && training.isEmpty()) {
            return Decision.refused(AuthorisationCodes.TRAINING_NOT_RECORDED, PolicyClause.OFFICIAL_USE_TRAINING,
                    "an Authorised Contributor must be trained first: record the training " + holder.id()
                            + " completed before granting");
        }
        if (training.isPresent()) {
            TrainingRecord record = training.get();
            if (record.completedOn().isAfter(grantDay)) {
                return Decision.refused(AuthorisationCodes.TRAINING_AFTER_GRANT, PolicyClause.OFFICIAL_USE_TRAINING,
                        "the training '" + record.course() + "' is recorded as completed on " + record.completedOn()
                                + ", after the grant on " + grantDay + "; grant once it is completed");
            }
            if (record.recordedBy().equals(holder.id())) {
                return Decision.refused(AuthorisationCodes.TRAINING_RECORDED_BY_HOLDER,
                        PolicyClause.OFFICIAL_USE_TRAINING,
                        holder.id() + " recorded their own training; someone else must record it");
            }
        }
        return Decision.allowed();
    }
}
