/** Planted violations the architecture rules must catch. */
package au.gov.dss.socialmedia.planted.admin.alpha;
