/** Small helpers shared by the backing beans: message texts from the resource bundle. */
package au.gov.dss.socialmedia.admin.web.support;
