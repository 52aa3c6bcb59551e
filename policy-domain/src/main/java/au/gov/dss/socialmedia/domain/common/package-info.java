/**
 * What every aggregate shares: the typed identifiers by which aggregates refer to each other, employees and
 * business areas, the catalogue of the policy's clauses ({@link au.gov.dss.socialmedia.domain.common.PolicyClause})
 * that every refusal, finding and allegation cites, domain events, and refusals
 * ({@link au.gov.dss.socialmedia.domain.common.Decision},
 * {@link au.gov.dss.socialmedia.domain.common.CommandRefusedException}).
 */
package au.gov.dss.socialmedia.domain.common;
