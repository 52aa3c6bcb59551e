package au.gov.dss.socialmedia.admin.initiative.web;

import au.gov.dss.socialmedia.admin.initiative.application.BusinessCaseForm;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeCommands;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeDetail;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeQueries;
import au.gov.dss.socialmedia.admin.initiative.application.RiskForm;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.web.DetailPage;
import au.gov.dss.socialmedia.domain.initiative.BusinessCase;
import au.gov.dss.socialmedia.domain.initiative.Consequence;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import au.gov.dss.socialmedia.domain.initiative.Risk;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.time.LocalDate;
import java.util.List;

/**
 * An initiative's page ({@code /app/initiative.xhtml?id=...}): the business case (editable by its sponsor while
 * open for revision), the risk register with its heat map (risks added and removed in dialogs; a risk's monitoring is
 * marked as required, as the domain requires it before submission), what still stops submission, CMB's decisions
 * (made in dialogs with reasons, rejecting warns that it is final), and its history.
 */
@Named
@ViewScoped
public class InitiativePage extends DetailPage<InitiativeDetail> {

    private static final long serialVersionUID = 1L;

    @Inject
    InitiativeQueries queries;

    @Inject
    InitiativeCommands commands;

    private List<Option> owners;
    private String objectives;
    private String audience;
    private String channels;
    private String resourcing;
    private String measuresOfSuccess;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private String riskDescription;
    private String riskLikelihood;
    private String riskConsequence;
    private String riskControls;
    private String riskOwner;
    private String riskMonitoring;
    private int riskToRemove = -1;
    private String reasons;

    /** The page, at its address. */
    public InitiativePage() {
        super("/app/initiative");
    }

    @Override
    protected Optional<InitiativeDetail> find(String id) {
        return queries.detail(id);
    }

    @Override
    protected void loaded(InitiativeDetail shown) {
        objectives = shown.objectives();
        audience = shown.audience();
        channels = String.join("\n", shown.channels());
        resourcing = shown.resourcing();
        measuresOfSuccess = shown.measuresOfSuccess();
        plannedStart = shown.plannedStart();
        plannedEnd = shown.plannedEnd();
    }

    /** Saves the business case. */
    public String saveBusinessCase() {
        return after("businessCase", () -> commands.reviseBusinessCase(getId(), getDetail().version(), new BusinessCaseForm(
                objectives, audience, channels, resourcing, measuresOfSuccess, plannedStart, plannedEnd)),
                "initiatives.businessCaseSaved");
    }

    /** Adds the risk in the dialog. */
    public String addRisk() {
        return after("addRiskForm", () -> commands.addRisk(getId(), getDetail().version(), new RiskForm(riskDescription,
                riskLikelihood, riskConsequence, riskControls, riskOwner, riskMonitoring)), "initiatives.riskAdded");
    }

    /** Chooses the risk the remove dialog is about. */
    public void chooseRiskToRemove(int index) {
        riskToRemove = index;
    }

    /** Removes the chosen risk. */
    public String removeRisk() {
        return after("removeRiskForm", () -> commands.removeRisk(getId(), getDetail().version(), riskToRemove),
                "initiatives.riskRemoved");
    }

    /** Submits the initiative to CMB. */
    public String submit() {
        return after("submitForm", () -> commands.submit(getId(), getDetail().version()), "initiatives.submitted");
    }

    /** CMB approves it. */
    public String approve() {
        return after("approveForm", () -> commands.approve(getId(), getDetail().version(), reasons), "initiatives.approved");
    }

    /** CMB rejects it. */
    public String reject() {
        return after("rejectForm", () -> commands.reject(getId(), getDetail().version(), reasons), "initiatives.rejected");
    }

    /** CMB asks for changes. */
    public String requestChanges() {
        return after("requestChangesForm", () -> commands.requestChanges(getId(), getDetail().version(), reasons),
                "initiatives.changesRequested");
    }

    private String after(String form, Runnable action, String doneKey) {
        return act(form, action, doneKey, getDetail().title());
    }

    /** The description of the risk the remove dialog is about. */
    public String getRiskToRemoveDescription() {
        return riskToRemove < 0 || riskToRemove >= getDetail().risks().size() ? ""
                : getDetail().risks().get(riskToRemove).description();
    }

    /** The risk owners to choose from: employees of the sponsoring area (read once per view). */
    public List<Option> getOwners() {
        if (owners == null) {
            owners = queries.employeesOf(getDetail().sponsoringAreaCode());
        }
        return owners;
    }

    /** The likelihoods. */
    public Likelihood[] getLikelihoods() {
        return Likelihood.values();
    }

    /** The consequences. */
    public Consequence[] getConsequences() {
        return Consequence.values();
    }

    /** The most characters of the long parts of the business case. */
    public int getTextLimit() {
        return BusinessCase.MAX_TEXT;
    }

    /** The most characters of the audience. */
    public int getAudienceLimit() {
        return BusinessCase.MAX_AUDIENCE;
    }

    /** The most characters of a risk's description and monitoring. */
    public int getRiskTextLimit() {
        return Risk.MAX_TEXT;
    }

    /** The most characters of a decision's reasons. */
    public int getReasonsLimit() {
        return Initiative.MAX_REASONS;
    }

    /** @return the objectives */
    public String getObjectives() {
        return objectives;
    }

    /** @param objectives the objectives */
    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    /** @return the audience */
    public String getAudience() {
        return audience;
    }

    /** @param audience the audience */
    public void setAudience(String audience) {
        this.audience = audience;
    }

    /** @return the channels, one per line */
    public String getChannels() {
        return channels;
    }

    /** @param channels the channels, one per line */
    public void setChannels(String channels) {
        this.channels = channels;
    }

    /** @return the resourcing */
    public String getResourcing() {
        return resourcing;
    }

    /** @param resourcing the resourcing */
    public void setResourcing(String resourcing) {
        this.resourcing = resourcing;
    }

    /** @return the measures of success */
    public String getMeasuresOfSuccess() {
        return measuresOfSuccess;
    }

    /** @param measuresOfSuccess the measures of success */
    public void setMeasuresOfSuccess(String measuresOfSuccess) {
        this.measuresOfSuccess = measuresOfSuccess;
    }

    /** @return the planned first day */
    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    /** @param plannedStart the planned first day */
    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    /** @return the planned last day */
    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    /** @param plannedEnd the planned last day */
    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    /** @return the new risk's description */
    public String getRiskDescription() {
        return riskDescription;
    }

    /** @param riskDescription the new risk's description */
    public void setRiskDescription(String riskDescription) {
        this.riskDescription = riskDescription;
    }

    /** @return the new risk's likelihood */
    public String getRiskLikelihood() {
        return riskLikelihood;
    }

    /** @param riskLikelihood the new risk's likelihood */
    public void setRiskLikelihood(String riskLikelihood) {
        this.riskLikelihood = riskLikelihood;
    }

    /** @return the new risk's consequence */
    public String getRiskConsequence() {
        return riskConsequence;
    }

    /** @param riskConsequence the new risk's consequence */
    public void setRiskConsequence(String riskConsequence) {
        this.riskConsequence = riskConsequence;
    }

    /** @return the new risk's controls, one per line */
    public String getRiskControls() {
        return riskControls;
    }

    /** @param riskControls the new risk's controls, one per line */
    public void setRiskControls(String riskControls) {
        this.riskControls = riskControls;
    }

    /** @return the new risk's owner (employee number) */
    public String getRiskOwner() {
        return riskOwner;
    }

    /** @param riskOwner the new risk's owner (employee number) */
    public void setRiskOwner(String riskOwner) {
        this.riskOwner = riskOwner;
    }

    /** @return how the new risk is monitored */
    public String getRiskMonitoring() {
        return riskMonitoring;
    }

    /** @param riskMonitoring how the new risk is monitored */
    public void setRiskMonitoring(String riskMonitoring) {
        this.riskMonitoring = riskMonitoring;
    }

    /** @return the reasons typed in a decision dialog */
    public String getReasons() {
        return reasons;
    }

    /** @param reasons the reasons */
    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
