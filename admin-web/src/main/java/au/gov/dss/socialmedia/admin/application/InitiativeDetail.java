package au.gov.dss.socialmedia.admin.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One initiative as its detail panel shows it: the business case, the risk register, CMB's decisions and what still
 * stops submission (as the domain says).
 *
 * @param id the initiative's id
 * @param title its title
 * @param sponsoringArea the sponsoring business area's name
 * @param submitter the submitter's name
 * @param status its status
 * @param objectives business case: objectives
 * @param audience business case: audience
 * @param channels business case: channels, one per entry
 * @param resourcing business case: resourcing
 * @param measuresOfSuccess business case: measures of success
 * @param plannedStart business case: first day, or null
 * @param plannedEnd business case: last day, or null
 * @param risks the risk register, in order
 * @param decisions CMB's decisions, oldest first
 * @param missingForSubmission what still stops submission; empty when complete
 * @param openForRevision whether the business case and plan may be revised and submitted in this status
 * @param awaitingDecision whether CMB's decision is awaited
 * @param version the version shown, for detecting concurrent changes
 */
public record InitiativeDetail(String id, String title, String sponsoringArea, String submitter, String status,
                               String objectives, String audience, List<String> channels, String resourcing,
                               String measuresOfSuccess, LocalDate plannedStart, LocalDate plannedEnd,
                               List<RiskLine> risks, List<DecisionLine> decisions, List<String> missingForSubmission,
                               boolean openForRevision, boolean awaitingDecision, long version) implements Serializable {

    /**
     * One risk of the register.
     *
     * @param index its position in the register, from 0
     * @param description what could happen
     * @param likelihood the likelihood's name
     * @param likelihoodCode the likelihood's constant
     * @param consequence the consequence's name
     * @param consequenceCode the consequence's constant
     * @param rating the rating from the matrix
     * @param controls the controls, one per entry
     * @param owner the owner's name, or empty
     * @param monitoring how it is monitored
     */
    public record RiskLine(int index, String description, String likelihood, String likelihoodCode,
                           String consequence, String consequenceCode, String rating, List<String> controls,
                           String owner, String monitoring) implements Serializable {
    }

    /**
     * One of CMB's decisions.
     *
     * @param submissionNumber the submission it decided
     * @param outcome APPROVED, REJECTED or CHANGES_REQUESTED
     * @param decisionMaker the decision maker's name
     * @param reasons why
     * @param decidedAt when
     */
    public record DecisionLine(int submissionNumber, String outcome, String decisionMaker, String reasons,
                               Instant decidedAt) implements Serializable {
    }
}
