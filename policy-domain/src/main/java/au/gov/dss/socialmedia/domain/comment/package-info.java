/**
 * Public comments received on official accounts and their moderation: the
 * {@link au.gov.dss.socialmedia.domain.comment.PublicComment} aggregate ({@code RECEIVED -> MODERATED}), the
 * {@link au.gov.dss.socialmedia.domain.comment.ModerationDecision} kinds (no action, reply, switch channel, hide,
 * remove on a Terms of Use ground) and the {@link au.gov.dss.socialmedia.domain.comment.ModerationPolicy}.
 *
 * <p>Clauses enforced: switch channel (a comment with personal details is switched and hidden), authorised use
 * (only an employee authorised to respond or moderate on that account may do so).
 */
package au.gov.dss.socialmedia.domain.comment;
