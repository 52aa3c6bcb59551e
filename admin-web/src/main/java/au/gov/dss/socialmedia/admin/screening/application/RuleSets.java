package au.gov.dss.socialmedia.admin.screening.application;

import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.engine.rules.Rule;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rule sets the app screens with, for CMB and auditors ({@link ProtectedAction#RULESET_VIEW}): the version in
 * force today and every version the engine holds, newest first, with the days each is (or was) in force, how many
 * rules it has and its rules by category. Read-only: rule sets are changed by deploying rule-set files.
 */
@ApplicationScoped
public class RuleSets {

    private static final Subject SUBJECT = Subject.none("the rule sets");

    private Screening screening;
    private CommandRunner commands;
    private Clock clock;

    /** For CDI's proxies. */
    protected RuleSets() {
    }

    /** The rule sets of the app's engine. */
    @Inject
    public RuleSets(Screening screening, CommandRunner commands, Clock clock) {
        this.screening = screening;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * Every version held, newest first, the one in force today marked.
     *
     * @throws au.gov.dss.socialmedia.admin.platform.command.NotPermittedException when the role does not allow it
     */
    public List<RuleSetVersion> versions() {
        commands.permit(commands.actor(), ProtectedAction.RULESET_VIEW, SUBJECT);
        LocalDate today = LocalDate.now(clock);
        List<RuleSet> held = screening.history().versions();
        RuleSet inForce = screening.history().inForceAt(today).orElse(null);
        List<RuleSetVersion> versions = new ArrayList<>();
        for (int i = held.size() - 1; i >= 0; i--) {
            RuleSet set = held.get(i);
            LocalDate until = i + 1 < held.size() ? held.get(i + 1).effectiveFrom().minusDays(1) : null;
            versions.add(new RuleSetVersion(set.version().value(), set.effectiveFrom(), until, set == inForce,
                    set.effectiveFrom().isAfter(today), set.description(), set.rules().size(), byCategory(set),
                    set.reflectionQuestions()));
        }
        return versions;
    }

    private static List<RuleSetVersion.CategoryRules> byCategory(RuleSet set) {
        Map<Category, List<RuleSetVersion.RuleLine>> grouped = new EnumMap<>(Category.class);
        for (Rule rule : set.rules()) {
            grouped.computeIfAbsent(rule.category(), c -> new ArrayList<>()).add(new RuleSetVersion.RuleLine(
                    rule.id(), rule.detector().name(), rule.type(), severity(rule, Channel.OFFICIAL_POST),
                    severity(rule, Channel.PUBLIC_COMMENT), severity(rule, Channel.PERSONAL_POST),
                    citation(rule), rule.terms().size()));
        }
        List<RuleSetVersion.CategoryRules> categories = new ArrayList<>();
        grouped.forEach((category, rules) -> categories.add(new RuleSetVersion.CategoryRules(category.name(),
                rules)));
        return categories;
    }

    private static String severity(Rule rule, Channel channel) {
        return rule.severityOn(channel).map(Enum::name).orElse("OFF");
    }

    /** The clause the rule cites on official posts, or on the first channel it applies to. */
    private static String citation(Rule rule) {
        for (Channel channel : List.of(Channel.OFFICIAL_POST, Channel.PUBLIC_COMMENT, Channel.PERSONAL_POST)) {
            if (rule.appliesTo(channel)) {
                return rule.clauseOn(channel).citation();
            }
        }
        return "";
    }
}
