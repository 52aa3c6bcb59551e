/**
 * Persistence adapters: JPA entities and mappers that store the domain's aggregates from outside (the domain stays
 * pure), and the repositories that implement the domain's ports over them. The schema comes from the Flyway
 * migrations in {@code db/migration}.
 */
package au.gov.dss.socialmedia.admin.persistence;
