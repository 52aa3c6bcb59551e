package au.gov.dss.socialmedia.admin.screening.application;

import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Outcome;
import au.gov.dss.socialmedia.engine.ScreeningRequest;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The personal-use self-check: any employee pastes a draft of a post for their own accounts and gets the policy's
 * guidance for personal use (screened as {@link Channel#PERSONAL_POST}: never blocked, advice with the policy's
 * reflection questions, each finding with its category, clause and advice, and where it lies in the text).
 * <p>
 * Nothing typed is stored or logged, and neither is who checked: the check is permission-checked on the server
 * ({@link ProtectedAction#SELF_CHECK}; a refusal is audited, without the text), and the only thing kept is the
 * day's count of checks ({@link SelfCheckCount}). It runs outside any transaction, so that the count is written
 * at once and on its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SelfCheck {

    /** The longest draft checked: Facebook's limit, the longest of the platforms. */
    public static final int LIMIT = 63_206;

    private static final Logger LOG = Logger.getLogger(SelfCheck.class.getName());
    private static final Subject SUBJECT = Subject.none("a draft of a personal post");

    private Screening screening;
    private SelfCheckCount count;
    private CommandRunner commands;
    private Clock clock;

    /** For CDI's proxies. */
    protected SelfCheck() {
    }

    /** The self-check with the app's screening, the day's count and the command runner's check of the role. */
    @Inject
    public SelfCheck(Screening screening, SelfCheckCount count, CommandRunner commands, Clock clock) {
        this.screening = screening;
        this.count = count;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * Checks the draft.
     *
     * @throws au.gov.dss.socialmedia.admin.platform.command.NotPermittedException when the user's role does not allow it
     * @throws InvalidInputException when the draft is empty or longer than {@link #LIMIT} (field {@code draft})
     */
    public SelfCheckResult check(String draft) {
        commands.permit(commands.actor(), ProtectedAction.SELF_CHECK, SUBJECT);
        if (draft == null || draft.isBlank()) {
            throw new InvalidInputException("draft", "selfCheck.empty", "", "the draft is empty");
        }
        if (draft.length() > LIMIT) {
            throw new InvalidInputException("draft", "selfCheck.tooLong", String.format("%,d", draft.length()),
                    "the draft is longer than " + LIMIT + " characters");
        }
        Screened screened = screening.screen(ScreeningRequest.of(draft, Channel.PERSONAL_POST));
        try {
            count.count(LocalDate.now(clock));
        } catch (RuntimeException notCounted) {
            // The guidance matters more than the statistic; the log says that counting failed, never what was typed.
            LOG.warning(() -> "A self-check was not counted: " + notCounted.getClass().getSimpleName());
        }
        RuleSet rules = screening.history().version(screened.ruleSetVersion().value()).orElseThrow();
        return result(draft, screened, rules);
    }

    /** How many self-checks were made on the day. */
    public long checksOn(LocalDate day) {
        return count.on(day);
    }

    private static SelfCheckResult result(String draft, Screened screened, RuleSet rules) {
        List<String> questions = rules.reflectionQuestions();
        String appended = questions.isEmpty() ? "" : " Before you post, ask yourself: " + String.join(" ", questions);
        List<MarkedText.Mark> findings = new ArrayList<>();
        for (MarkedText.Mark mark : MarkedText.of(draft, screened.assessment()).findings()) {
            String advice = mark.advice();
            if (!appended.isEmpty() && advice.endsWith(appended)) {
                // The questions are shown once for the whole draft, not after every finding.
                advice = advice.substring(0, advice.length() - appended.length()).strip();
            }
            findings.add(new MarkedText.Mark(mark.number(), mark.key(), mark.category(), mark.type(),
                    mark.severity(), mark.clauseHeading(), mark.clauseCitation(), mark.clauseSummary(), advice,
                    mark.excerpt(), mark.start(), mark.end()));
        }
        Outcome outcome = screened.outcome() == Outcome.PASS ? Outcome.PASS : Outcome.REVIEW;
        return new SelfCheckResult(outcome.name(), findings, MarkedText.parts(draft, findings), questions,
                screened.ruleSetVersion().value(), screened.assessedAt());
    }
}
