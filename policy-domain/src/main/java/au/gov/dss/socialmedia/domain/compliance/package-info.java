/**
 * Compliance assessments as values: the {@link au.gov.dss.socialmedia.domain.compliance.Finding findings} of a
 * screen, each with its category, severity, span, rule and policy clause, and the
 * {@link au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment assessment} that an official post must
 * carry before it is published. The policy engine produces them; the domain only holds and checks them.
 */
package au.gov.dss.socialmedia.domain.compliance;
