package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.application.BusinessCaseForm;
import au.gov.dss.socialmedia.admin.application.HeatMapCell;
import au.gov.dss.socialmedia.admin.application.InitiativeDetail;
import au.gov.dss.socialmedia.admin.application.InitiativeRow;
import au.gov.dss.socialmedia.admin.application.InitiativeService;
import au.gov.dss.socialmedia.admin.application.Option;
import au.gov.dss.socialmedia.admin.application.RiskForm;
import au.gov.dss.socialmedia.admin.web.support.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.support.Messages;
import au.gov.dss.socialmedia.domain.initiative.Consequence;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The initiatives page: the lazy list with a status filter, the new-initiative form, and the chosen initiative's
 * business case, risk register, heat map, submission, CMB's decisions with reasons and their history.
 */
@Named
@ViewScoped
public class InitiativesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the decision dialog decides. */
    public enum Verdict { APPROVE, REJECT, REQUEST_CHANGES }

    @Inject
    InitiativeService initiatives;

    private final LazyDataModel<InitiativeRow> model = new InitiativeModel();
    private String status;

    private String newTitle;
    private String newArea;

    private InitiativeDetail detail;
    private List<List<HeatMapCell>> heatMap;

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

    private Verdict verdict;
    private String reasons;

    /** The rows, loaded page by page from the database. */
    public LazyDataModel<InitiativeRow> getModel() {
        return model;
    }

    /** Drafts the initiative in the form and opens it. */
    public void draft() {
        String[] id = new String[1];
        if (CommandFeedback.attempt(() -> id[0] = initiatives.draft(newTitle, newArea))) {
            Messages.info("initiatives.drafted", newTitle);
            newTitle = null;
            open(id[0]);
        }
    }

    /** Opens the row's initiative in the detail panel. */
    public void select(InitiativeRow row) {
        open(row.id());
    }

    /** Saves the business case form. */
    public void saveBusinessCase() {
        if (detail != null && CommandFeedback.attempt(() -> initiatives.reviseBusinessCase(detail.id(),
                detail.version(), new BusinessCaseForm(objectives, audience, channels, resourcing, measuresOfSuccess,
                        plannedStart, plannedEnd)))) {
            Messages.info("initiatives.businessCaseSaved", detail.title());
            open(detail.id());
        }
    }

    /** Adds the risk in the risk form to the register. */
    public void addRisk() {
        if (detail != null && CommandFeedback.attempt(() -> initiatives.addRisk(detail.id(), detail.version(),
                new RiskForm(riskDescription, riskLikelihood, riskConsequence, riskControls, riskOwner,
                        riskMonitoring)))) {
            Messages.info("initiatives.riskAdded", riskDescription);
            riskDescription = null;
            riskControls = null;
            riskOwner = null;
            riskMonitoring = null;
            open(detail.id());
        }
    }

    /** Removes the risk from the register. */
    public void removeRisk(InitiativeDetail.RiskLine risk) {
        if (detail != null && CommandFeedback.attempt(() -> initiatives.removeRisk(detail.id(), detail.version(),
                risk.index()))) {
            Messages.info("initiatives.riskRemoved", risk.description());
            open(detail.id());
        }
    }

    /** Submits the initiative to CMB. */
    public void submit() {
        if (detail != null && CommandFeedback.attempt(() -> initiatives.submit(detail.id(), detail.version()))) {
            Messages.info("initiatives.submitted", detail.title());
            open(detail.id());
        }
    }

    /** Remembers what the decision dialog decides. */
    public void prepare(Verdict chosen) {
        verdict = chosen;
        reasons = null;
    }

    /** Records CMB's decision with the reasons typed in the dialog. */
    public void decide() {
        if (detail == null || verdict == null) {
            return;
        }
        String id = detail.id();
        long version = detail.version();
        boolean done = CommandFeedback.attempt(() -> {
            switch (verdict) {
                case APPROVE -> initiatives.approve(id, version, reasons);
                case REJECT -> initiatives.reject(id, version, reasons);
                case REQUEST_CHANGES -> initiatives.requestChanges(id, version, reasons);
            }
        });
        if (done) {
            Messages.info("initiatives.decided." + verdict.name(), detail.title());
            open(id);
        }
    }

    private void open(String id) {
        detail = initiatives.detail(id).orElse(null);
        heatMap = initiatives.heatMap(detail);
        if (detail != null) {
            objectives = detail.objectives();
            audience = detail.audience();
            channels = String.join("\n", detail.channels());
            resourcing = detail.resourcing();
            measuresOfSuccess = detail.measuresOfSuccess();
            plannedStart = detail.plannedStart();
            plannedEnd = detail.plannedEnd();
        }
    }

    private List<Option> areaOptions;
    private List<Option> ownerOptions;

    /** Business areas to choose from (read once per view). */
    public List<Option> getAreaOptions() {
        if (areaOptions == null) {
            areaOptions = initiatives.businessAreas();
        }
        return areaOptions;
    }

    /** Risk owners to choose from: employees of every area (read once per view). */
    public List<Option> getOwnerOptions() {
        if (ownerOptions == null) {
            ownerOptions = getAreaOptions().stream()
                    .flatMap(area -> initiatives.employeesOf(area.value()).stream()).toList();
        }
        return ownerOptions;
    }

    /** The statuses to filter by. */
    public InitiativeStatus[] getStatuses() {
        return InitiativeStatus.values();
    }

    /** The likelihoods of the risk form. */
    public Likelihood[] getLikelihoods() {
        return Likelihood.values();
    }

    /** The consequences of the risk form and the heat map's columns. */
    public Consequence[] getConsequences() {
        return Consequence.values();
    }

    /** The heat map rows of the chosen initiative, most likely first (computed when it was opened). */
    public List<List<HeatMapCell>> getHeatMap() {
        return heatMap;
    }

    /** The chosen initiative, or null. */
    public InitiativeDetail getDetail() {
        return detail;
    }

    private final class InitiativeModel extends LazyDataModel<InitiativeRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) initiatives.count(status);
        }

        @Override
        public List<InitiativeRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            return initiatives.rows(status, first, pageSize);
        }

        @Override
        public String getRowKey(InitiativeRow row) {
            return row.id();
        }
    }

    /** The status to filter by. @return it */
    public String getStatus() {
        return status;
    }

    /** Sets the status to filter by. @param status it */
    public void setStatus(String status) {
        this.status = status;
    }

    /** The new initiative's title. @return it */
    public String getNewTitle() {
        return newTitle;
    }

    /** Sets the new initiative's title. @param newTitle it */
    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    /** The new initiative's sponsoring area. @return its code */
    public String getNewArea() {
        return newArea;
    }

    /** Sets the new initiative's sponsoring area. @param newArea its code */
    public void setNewArea(String newArea) {
        this.newArea = newArea;
    }

    /** Business case: objectives. @return them */
    public String getObjectives() {
        return objectives;
    }

    /** Sets the objectives. @param objectives them */
    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    /** Business case: audience. @return it */
    public String getAudience() {
        return audience;
    }

    /** Sets the audience. @param audience it */
    public void setAudience(String audience) {
        this.audience = audience;
    }

    /** Business case: channels, one per line. @return them */
    public String getChannels() {
        return channels;
    }

    /** Sets the channels. @param channels them, one per line */
    public void setChannels(String channels) {
        this.channels = channels;
    }

    /** Business case: resourcing. @return it */
    public String getResourcing() {
        return resourcing;
    }

    /** Sets the resourcing. @param resourcing it */
    public void setResourcing(String resourcing) {
        this.resourcing = resourcing;
    }

    /** Business case: measures of success. @return them */
    public String getMeasuresOfSuccess() {
        return measuresOfSuccess;
    }

    /** Sets the measures of success. @param measuresOfSuccess them */
    public void setMeasuresOfSuccess(String measuresOfSuccess) {
        this.measuresOfSuccess = measuresOfSuccess;
    }

    /** Business case: first day. @return it */
    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    /** Sets the first day. @param plannedStart it */
    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    /** Business case: last day. @return it */
    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    /** Sets the last day. @param plannedEnd it */
    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    /** Risk form: description. @return it */
    public String getRiskDescription() {
        return riskDescription;
    }

    /** Sets the description. @param riskDescription it */
    public void setRiskDescription(String riskDescription) {
        this.riskDescription = riskDescription;
    }

    /** Risk form: likelihood. @return its constant */
    public String getRiskLikelihood() {
        return riskLikelihood;
    }

    /** Sets the likelihood. @param riskLikelihood its constant */
    public void setRiskLikelihood(String riskLikelihood) {
        this.riskLikelihood = riskLikelihood;
    }

    /** Risk form: consequence. @return its constant */
    public String getRiskConsequence() {
        return riskConsequence;
    }

    /** Sets the consequence. @param riskConsequence its constant */
    public void setRiskConsequence(String riskConsequence) {
        this.riskConsequence = riskConsequence;
    }

    /** Risk form: controls, one per line. @return them */
    public String getRiskControls() {
        return riskControls;
    }

    /** Sets the controls. @param riskControls them */
    public void setRiskControls(String riskControls) {
        this.riskControls = riskControls;
    }

    /** Risk form: owner. @return the employee number */
    public String getRiskOwner() {
        return riskOwner;
    }

    /** Sets the owner. @param riskOwner the employee number */
    public void setRiskOwner(String riskOwner) {
        this.riskOwner = riskOwner;
    }

    /** Risk form: monitoring. @return it */
    public String getRiskMonitoring() {
        return riskMonitoring;
    }

    /** Sets the monitoring. @param riskMonitoring it */
    public void setRiskMonitoring(String riskMonitoring) {
        this.riskMonitoring = riskMonitoring;
    }

    /** What the decision dialog decides. @return it */
    public Verdict getVerdict() {
        return verdict;
    }

    /** The reasons typed in the decision dialog. @return them */
    public String getReasons() {
        return reasons;
    }

    /** Sets the reasons. @param reasons them */
    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
