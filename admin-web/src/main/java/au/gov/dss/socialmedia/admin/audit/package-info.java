/**
 * The audit trail: an append-only, hash-chained record of every command, done or refused, that auditors can browse
 * and verify.
 */
package au.gov.dss.socialmedia.admin.audit;
