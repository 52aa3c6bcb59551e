/**
 * Official posts: the {@link au.gov.dss.socialmedia.domain.post.OfficialPost} aggregate (draft, review, publish,
 * withdraw), its content (text, media, sources, other business areas' consent), and the named rules
 * {@link au.gov.dss.socialmedia.domain.post.ReviewPolicy} and
 * {@link au.gov.dss.socialmedia.domain.post.PublicationPolicy}.
 *
 * <pre>
 *   DRAFT -&gt; SUBMITTED -&gt; APPROVED | REJECTED;  APPROVED -&gt; PUBLISHED;  any but WITHDRAWN -&gt; WITHDRAWN
 *   edit: APPROVED -&gt; SUBMITTED (back to review), REJECTED -&gt; DRAFT
 * </pre>
 *
 * <p>Clauses enforced: authorised use, no speaking for another business area without consent, think first
 * (review by someone else; a compliance assessment without blocking findings), make a record (the published
 * event carries the final content, approval and assessment).
 */
package au.gov.dss.socialmedia.domain.post;
