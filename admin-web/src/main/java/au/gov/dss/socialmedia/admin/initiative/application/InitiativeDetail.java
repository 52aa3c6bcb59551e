package au.gov.dss.socialmedia.admin.initiative.application;

import au.gov.dss.socialmedia.admin.platform.listing.SubjectHistory;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An initiative's page: the business case, the risk register and its heat map, CMB's decisions, what still stops
 * submission (as the domain says), the actions open to the reader now, and its history.
 *
 * @param id the initiative's id
 * @param title its title
 * @param sponsoringAreaCode the sponsoring business area's code
 * @param sponsoringArea its name
 * @param submitterNumber the submitter's employee number
 * @param submitter the submitter's name
 * @param draftedAt when it was drafted
 * @param status its status
 * @param objectives business case: objectives
 * @param audience business case: audience
 * @param channels business case: channels, one per entry
 * @param resourcing business case: resourcing
 * @param measuresOfSuccess business case: measures of success
 * @param plannedStart business case: first day, or null
 * @param plannedEnd business case: last day, or null
 * @param risks the risk register, in order
 * @param heatMap the 5x5 matrix, most likely first, each cell with its rating and how many risks are in it
 * @param decisions CMB's decisions, oldest first
 * @param missingForSubmission what still stops submission; empty when complete
 * @param openForRevision whether its status lets its sponsor revise and submit it (the domain says)
 * @param actions the {@code ProtectedAction} names the reader may take on it now (role, status and the domain's
 *                rules: the sponsor's side for the submitter's area, decisions for CMB but never the submitter)
 * @param history what happened to it
 * @param version the version shown, for detecting concurrent changes
 */
public record InitiativeDetail(String id, String title, String sponsoringAreaCode, String sponsoringArea,
                               String submitterNumber, String submitter, Instant draftedAt, String status,
                               String objectives, String audience, List<String> channels, String resourcing,
                               String measuresOfSuccess, LocalDate plannedStart, LocalDate plannedEnd,
                               List<RiskLine> risks, List<List<HeatMapCell>> heatMap, List<DecisionLine> decisions,
                               List<String> missingForSubmission, boolean openForRevision, Set<String> actions, SubjectHistory history,
                               long version) implements Serializable {

    /** Copies the actions. */
    public InitiativeDetail {
        actions = Set.copyOf(actions);
    }

    /** Whether the reader may take the action now. */
    public boolean may(String action) {
        return actions.contains(action);
    }

    /**
     * One risk of the register.
     *
     * @param index its position in the register, from 0
     * @param description what could happen
     * @param likelihood the likelihood's name
     * @param consequence the consequence's name
     * @param rating the rating from the matrix
     * @param controls the controls, one per entry
     * @param owner the owner's name, or empty
     * @param monitoring how it is monitored
     */
    public record RiskLine(int index, String description, String likelihood, String consequence, String rating,
                           List<String> controls, String owner, String monitoring) implements Serializable {
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
