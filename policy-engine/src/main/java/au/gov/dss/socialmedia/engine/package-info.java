/**
 * The policy engine's API: {@link au.gov.dss.socialmedia.engine.ComplianceEngine} screens a
 * {@link au.gov.dss.socialmedia.engine.ScreeningRequest} (text, channel, media, and optionally the domain's answers
 * about the author and account) and returns a {@link au.gov.dss.socialmedia.engine.ScreeningResult} holding the
 * domain's {@code ComplianceAssessment}. Callers (the admin app, the records adapter, other teams) need nothing
 * else: the rule set lives in {@code engine.rules}, the text processing in {@code engine.text}, the detectors in
 * {@code engine.detect} and the command-line interface in {@code engine.cli}.
 *
 * <p>Policy clauses enforced: every clause a finding can cite, chiefly {@code principle.privacy},
 * {@code official.switch-channel}, {@code principle.confidentiality}, {@code principle.respect},
 * {@code principle.impartiality}, {@code official.comment.no-endorsement},
 * {@code official.comment.no-other-business-area}, {@code principle.accuracy}, {@code responsibility.accessibility},
 * {@code principle.intellectual-property} and the personal-use clauses for personal posts.
 */
package au.gov.dss.socialmedia.engine;
