/**
 * Social media initiatives: the aggregate {@link au.gov.dss.socialmedia.domain.initiative.Initiative}, its
 * {@link au.gov.dss.socialmedia.domain.initiative.BusinessCase business case} and
 * {@link au.gov.dss.socialmedia.domain.initiative.RiskManagementPlan risk management plan} (risks rated on the
 * 5x5 {@link au.gov.dss.socialmedia.domain.initiative.RiskMatrix}), CMB's decisions, events and repository port.
 *
 * <pre>
 * DRAFT --submit--> SUBMITTED --approve--> APPROVED --activate--> ACTIVE --close--> CLOSED
 * (revise)           |     ^   --reject--> REJECTED
 *    request changes |     | submit (resubmit)
 *                    v     |
 *             CHANGES_REQUESTED (revise)
 *
 * APPROVED --close (approved but never started)--> CLOSED
 * </pre>
 *
 * Rules it enforces:
 * <ul>
 *   <li>{@link au.gov.dss.socialmedia.domain.common.PolicyClause#PRINCIPLE_APPROVED_ACTIVITY}: an initiative
 *       needs a complete business case before it is submitted ({@code SubmissionPolicy}); only CMB decides, never
 *       the submitter, and every decision carries its reasons ({@code DecisionPolicy}); only an APPROVED or ACTIVE
 *       initiative {@link au.gov.dss.socialmedia.domain.initiative.InitiativeStatus#permitsAccountActivation()
 *       permits account activation}.</li>
 *   <li>{@link au.gov.dss.socialmedia.domain.common.PolicyClause#PRINCIPLE_RISK_MANAGEMENT}: a risk management
 *       plan with at least one risk accompanies the business case; every risk says how it is monitored; every
 *       HIGH or EXTREME risk has at least one control and an owner.</li>
 * </ul>
 */
package au.gov.dss.socialmedia.domain.initiative;
