/** Planted violations for the architecture tests; nothing else uses them. */
package au.gov.dss.socialmedia.planted.admin.persistence;
