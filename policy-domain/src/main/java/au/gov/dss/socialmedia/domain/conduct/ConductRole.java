package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.PolicyClause;

/** The parts an officer can act in on a conduct matter, each resting on a clause of the policy. */
public enum ConductRole {
    /** Makes the preliminary assessment and decides to refer the matter or take no further action. */
    ASSESSOR("assessor", PolicyClause.CONDUCT_PROCEDURES),
    /** Gives notices, records responses, interim measures and review requests, and closes the matter. */
    CONDUCT_OFFICER("conduct officer", PolicyClause.CONDUCT_PROCEDURES),
    /** Determines whether the employee breached the Code of Conduct. */
    BREACH_DECISION_MAKER("breach decision-maker", PolicyClause.CONDUCT_PROCEDURES),
    /** The Secretary's delegate who decides the sanction. */
    SANCTION_DELEGATE("sanction delegate", PolicyClause.SANCTIONS);

    private final String noun;
    private final PolicyClause clause;

    ConductRole(String noun, PolicyClause clause) {
        this.noun = noun;
        this.clause = clause;
    }

    /** The role as a message names it. */
    public String noun() {
        return noun;
    }

    /** The clause the role rests on. */
    public PolicyClause clause() {
        return clause;
    }
}
