/** Planted violations (see the parent package). */
package au.gov.dss.socialmedia.planted.account;
