/**
 * Conduct matters and their sanctions: the aggregate {@link au.gov.dss.socialmedia.domain.conduct.ConductMatter},
 * a suspected breach of the APS Code of Conduct (s13 of the Public Service Act 1999) by one employee, reported by
 * another, made of one or more {@link au.gov.dss.socialmedia.domain.conduct.Behaviour behaviours}, taken through
 * the Secretary's Procedures (s15(3)) and, if a breach is determined, to the sanctions of s15(1)
 * ({@link au.gov.dss.socialmedia.domain.conduct.Sanction}). Sanctions, interim measures and review requests are
 * part of the matter, not aggregates of their own.
 *
 * <h2>Lifecycle</h2>
 * <pre>
 *  report ──&gt; REPORTED ──startPreliminaryAssessment──&gt; PRELIMINARY_ASSESSMENT
 *                                                        │
 *                     ┌──closeWithNoFurtherAction────────┤──refer──&gt; REFERRED
 *                     v                                                │ giveBreachNotice (range, deadline)
 *                   CLOSED                                             v
 *                     ^                                          NOTICE_GIVEN
 *                     │                     recordResponse ┌───────────┴───────────┐ recordResponsePeriodLapsed
 *                     │                                    v                       v      (only after the deadline)
 *                     │                           RESPONSE_RECEIVED      RESPONSE_PERIOD_LAPSED
 *                     │                                    └───────────┬───────────┘
 *                     │                     determineNoBreach ┌────────┴────────┐ determineBreach
 *                     │                                       v                 v
 *                     ├──────────────close─────── DETERMINED_NO_BREACH    DETERMINED_BREACH
 *                     │                                                         │ giveSanctionNotice
 *                     │                                                         v
 *                     │                                                SANCTION_NOTICE_GIVEN
 *                     │                                                         │ decideSanction (delegate)
 *                     │                                                         v
 *                     ├──────────────close──────────────────────────────── SANCTION_DECIDED
 *                     │                                                         │ recordReviewRequest
 *                     │   CLOSED (after a sanction decision) ──recordReviewRequest──┐
 *                     │                                                         v   v
 *                     └──────────────close─────────────────────────────── REVIEW_REQUESTED
 * </pre>
 * A review of the breach determination and/or the sanction decision is requested once the sanctions are decided
 * (before or after closing), so that the procedure never stops half-way between determination and sanction; the
 * matter waits in REVIEW_REQUESTED and is closed again when the review is finished. Interim measures
 * ({@link au.gov.dss.socialmedia.domain.conduct.InterimMeasure}: suspension or re-assignment pending the outcome)
 * can be recorded from REPORTED until SANCTION_NOTICE_GIVEN; they are not sanctions and do not change the stage.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>The reporter is never the subject.</li>
 * <li>Every step after the report is taken by an officer of the Workplace Relations and Conduct Section who is
 *     neither the subject nor the reporter ({@link au.gov.dss.socialmedia.domain.conduct.ConductMatterActorPolicy});
 *     the breach is determined by a decision-maker and the sanction decided by a
 *     {@link au.gov.dss.socialmedia.domain.conduct.Delegate delegate} acting under a recorded delegation.</li>
 * <li>No determination before the employee was given written notice and responded or let the period lapse; a
 *     determination gives reasons and a finding per behaviour, naming only s13 elements the notice described.</li>
 * <li>No sanction without a breach determination; proposed sanctions are within the range the breach notice
 *     stated, imposed ones of the kinds proposed; a fine is for a behaviour found in breach and the fines for one
 *     behaviour are at most 2% of the annual salary ({@link au.gov.dss.socialmedia.domain.conduct.FineLimitPolicy}).</li>
 * <li>Conduct matters are OFFICIAL: Sensitive with the Personal privacy marker
 *     ({@link au.gov.dss.socialmedia.domain.conduct.SecurityClassification}); the app shows them only to officers
 *     of the Workplace Relations and Conduct Section, never to the subject or the reporter through that view
 *     ({@link au.gov.dss.socialmedia.domain.conduct.ConductMatterAccessPolicy}). Every event is the record of one
 *     decision and carries its marking.</li>
 * </ul>
 *
 * <p>Policy clauses enforced: {@code sanctions.procedures} (CONDUCT_PROCEDURES), {@code sanctions.section-15-1}
 * (SANCTIONS); a behaviour cites any clause of the policy it may breach.
 */
package au.gov.dss.socialmedia.domain.conduct;
