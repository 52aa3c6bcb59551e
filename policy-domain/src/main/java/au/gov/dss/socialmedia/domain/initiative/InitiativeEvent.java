package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.InitiativeId;

/**
 * Something that happened to a social media initiative. The records adapter archives, in particular,
 * {@link InitiativeSubmitted} and the {@link InitiativeDecided decisions}, each with the business case and risk
 * management plan as they were submitted or decided.
 */
public sealed interface InitiativeEvent extends DomainEvent
        permits InitiativeDrafted, BusinessCaseRevised, RiskPlanRevised, InitiativeSubmitted, InitiativeDecided,
        InitiativeActivated, InitiativeClosed {

    /** The initiative it happened to. */
    InitiativeId initiativeId();
}
