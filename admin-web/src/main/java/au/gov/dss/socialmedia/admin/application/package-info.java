/**
 * The application layer: one service method per use case (load, call the domain, store, audit), the DTOs the
 * screens show, and the ports of the read side. No business rule lives here: the domain decides.
 */
package au.gov.dss.socialmedia.admin.application;
