package au.gov.dss.socialmedia.admin.screening.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of the rules, as the rule-sets page shows it.
 *
 * @param version its version, which every assessment made with it names
 * @param effectiveFrom the first day it is in force
 * @param effectiveUntil the last day it is in force (the day before the next version), or null when no later
 *                       version is held
 * @param inForce whether it is the version in force today
 * @param future whether it takes effect after today
 * @param description what changed in it, for people
 * @param ruleCount how many rules it has
 * @param categories its rules by category, in the order of the categories
 * @param reflectionQuestions the questions offered with advice on personal posts
 */
public record RuleSetVersion(String version, LocalDate effectiveFrom, LocalDate effectiveUntil, boolean inForce,
                             boolean future, String description, int ruleCount, List<CategoryRules> categories,
                             List<String> reflectionQuestions) implements Serializable {

    /** Copies the lists. */
    public RuleSetVersion {
        categories = List.copyOf(categories);
        reflectionQuestions = List.copyOf(reflectionQuestions);
    }

    /**
     * The rules of one category.
     *
     * @param category the category's code
     * @param rules its rules
     */
    public record CategoryRules(String category, List<RuleLine> rules) implements Serializable {

        /** Copies the rules. */
        public CategoryRules {
            rules = List.copyOf(rules);
        }
    }

    /**
     * One rule.
     *
     * @param id its id, as findings name it
     * @param detector how it finds what it finds (its detector's code)
     * @param type the kind within the category it reports, or null
     * @param officialPost its severity on official posts ({@code BLOCK}, {@code WARN}, {@code INFO} or {@code OFF})
     * @param publicComment its severity on comments of the public
     * @param personalPost its severity on personal posts
     * @param clause the policy clause it cites
     * @param terms how many words and phrases it looks for (0 for a detector that needs none)
     */
    public record RuleLine(String id, String detector, String type, String officialPost, String publicComment,
                           String personalPost, String clause, int terms) implements Serializable {
    }
}
