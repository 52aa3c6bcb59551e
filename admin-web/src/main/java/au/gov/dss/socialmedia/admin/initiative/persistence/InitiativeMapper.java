package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.Rows;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.initiative.BusinessCase;
import au.gov.dss.socialmedia.domain.initiative.Closure;
import au.gov.dss.socialmedia.domain.initiative.Consequence;
import au.gov.dss.socialmedia.domain.initiative.DecisionOutcome;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.InitiativeDecision;
import au.gov.dss.socialmedia.domain.initiative.InitiativeSnapshot;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import au.gov.dss.socialmedia.domain.initiative.PlannedPeriod;
import au.gov.dss.socialmedia.domain.initiative.Risk;
import au.gov.dss.socialmedia.domain.initiative.RiskManagementPlan;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** Translates between an initiative's snapshot and its rows. */
final class InitiativeMapper {

    private InitiativeMapper() {
    }

    static Initiative toDomain(InitiativeEntity row, Function<String, BusinessArea> areas) {
        Optional<PlannedPeriod> duration = row.plannedStart == null ? Optional.empty()
                : Optional.of(new PlannedPeriod(row.plannedStart, row.plannedEnd));
        BusinessCase businessCase = new BusinessCase(row.objectives, row.audience, texts(row.channels, channel -> channel.listIndex(), channel -> channel.channel),
                row.resourcing, row.measuresOfSuccess, duration);
        List<Risk> risks = row.risks.stream()
                .sorted(Comparator.comparingInt(risk -> risk.listIndex()))
                .map(risk -> new Risk(risk.description, Likelihood.valueOf(risk.likelihood),
                        Consequence.valueOf(risk.consequence), texts(risk.controls, control -> control.listIndex(),
                                control -> control.controlText),
                        Optional.ofNullable(risk.owner).map(EmployeeId::of), risk.monitoring))
                .toList();
        List<InitiativeDecision> decisions = row.decisions.stream()
                .sorted(Comparator.comparingInt(decision -> decision.listIndex()))
                .map(decision -> new InitiativeDecision(decision.submissionNumber,
                        DecisionOutcome.valueOf(decision.outcome), EmployeeId.of(decision.decisionMaker),
                        decision.reasons, decision.decidedAt))
                .toList();
        Optional<Closure> closure = row.closedBy == null ? Optional.empty()
                : Optional.of(new Closure(EmployeeId.of(row.closedBy), row.closingReason, row.closedAt));
        return Initiative.restore(new InitiativeSnapshot(InitiativeId.of(row.id()), row.title,
                areas.apply(row.sponsoringArea), EmployeeId.of(row.submitter), row.draftedAt,
                InitiativeStatus.valueOf(row.status), businessCase, new RiskManagementPlan(risks),
                row.submissionCount, decisions, Optional.ofNullable(row.activatedAt), closure));
    }

    private static <T> List<String> texts(List<T> rows, ToIntFunction<T> position, Function<T, String> text) {
        return rows.stream().sorted(Comparator.comparingInt(position)).map(text).toList();
    }

    static void copy(Initiative initiative, InitiativeEntity row) {
        InitiativeSnapshot s = initiative.snapshot();
        row.title = s.title();
        row.sponsoringArea = s.sponsoringArea().code();
        row.submitter = s.submitter().value();
        row.draftedAt = s.draftedAt();
        row.status = s.status().name();
        BusinessCase businessCase = s.businessCase();
        row.objectives = businessCase.objectives();
        row.audience = businessCase.audience();
        List<String> channels = businessCase.channels();
        Rows.resize(row.channels, channels.size(),
                index -> new InitiativeChannelEntity(UUID.randomUUID().toString(), row, index));
        for (int i = 0; i < channels.size(); i++) {
            row.channels.get(i).channel = channels.get(i);
        }
        row.resourcing = businessCase.resourcing();
        row.measuresOfSuccess = businessCase.measuresOfSuccess();
        row.plannedStart = businessCase.duration().map(PlannedPeriod::start).orElse(null);
        row.plannedEnd = businessCase.duration().map(PlannedPeriod::end).orElse(null);

        List<Risk> risks = s.riskPlan().risks();
        Rows.resize(row.risks, risks.size(),
                index -> new InitiativeRiskEntity(UUID.randomUUID().toString(), row, index));
        for (int i = 0; i < risks.size(); i++) {
            InitiativeRiskEntity riskRow = row.risks.get(i);
            Risk risk = risks.get(i);
            riskRow.description = risk.description();
            riskRow.likelihood = risk.likelihood().name();
            riskRow.consequence = risk.consequence().name();
            Rows.resize(riskRow.controls, risk.controls().size(),
                    index -> new InitiativeRiskControlEntity(UUID.randomUUID().toString(), riskRow, index));
            for (int c = 0; c < risk.controls().size(); c++) {
                riskRow.controls.get(c).controlText = risk.controls().get(c);
            }
            riskRow.owner = risk.owner().map(EmployeeId::value).orElse(null);
            riskRow.monitoring = risk.monitoring();
        }

        row.submissionCount = s.submissionCount();
        List<InitiativeDecision> decisions = s.decisions();
        Rows.resize(row.decisions, decisions.size(),
                index -> new InitiativeDecisionEntity(UUID.randomUUID().toString(), row, index));
        for (int i = 0; i < decisions.size(); i++) {
            InitiativeDecisionEntity decisionRow = row.decisions.get(i);
            InitiativeDecision decision = decisions.get(i);
            decisionRow.submissionNumber = decision.submissionNumber();
            decisionRow.outcome = decision.outcome().name();
            decisionRow.decisionMaker = decision.decisionMaker().value();
            decisionRow.reasons = decision.reasons();
            decisionRow.decidedAt = decision.decidedAt();
        }

        row.activatedAt = s.activatedAt().orElse(null);
        Closure closure = s.closure().orElse(null);
        row.closedBy = closure == null ? null : closure.closedBy().value();
        row.closingReason = closure == null ? null : closure.reason();
        row.closedAt = closure == null ? null : closure.closedAt();
    }
}
