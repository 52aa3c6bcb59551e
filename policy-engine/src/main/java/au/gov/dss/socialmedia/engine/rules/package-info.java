/**
 * The rule set as data: {@link au.gov.dss.socialmedia.engine.rules.RuleSet} (a version with the date it takes
 * effect, its {@link au.gov.dss.socialmedia.engine.rules.Rule rules}, allow-list, the department's own published
 * details and the policy's reflection questions), {@link au.gov.dss.socialmedia.engine.rules.RuleSetHistory} (every
 * version held, for screening "as at" a date), {@link au.gov.dss.socialmedia.engine.rules.RuleSetReader} (the JSON
 * rule-set document) and {@link au.gov.dss.socialmedia.engine.rules.CommunityLexicon} (offensive-term lexicons in
 * the community format). Nothing here screens text; the engine compiles a rule set once and screens with it.
 */
package au.gov.dss.socialmedia.engine.rules;
