package au.gov.dss.socialmedia.domain.initiative;

/**
 * CMB decided a submitted initiative: {@link InitiativeApproved}, {@link InitiativeRejected} or
 * {@link InitiativeChangesRequested}. The {@link #actor()} is the decision-maker; every decision carries its
 * reasons and the business case and risk management plan as decided.
 */
public sealed interface InitiativeDecided extends InitiativeEvent
        permits InitiativeApproved, InitiativeRejected, InitiativeChangesRequested {

    /** What was decided. */
    DecisionOutcome outcome();

    /** Which submission was decided (1 for the first). */
    int submissionNumber();

    /** The initiative's title when decided, so that the record of the decision names what was decided. */
    String title();

    /** Why. */
    String reasons();

    /** The business case as decided. */
    BusinessCase businessCase();

    /** The risk management plan as decided. */
    RiskManagementPlan riskPlan();

    /** The decision as it stands in the initiative's history. */
    default InitiativeDecision decision() {
        return new InitiativeDecision(submissionNumber(), outcome(), actor(), reasons(), occurredAt());
    }
}
