/** Demo data behind the DEMO_DATA switch: a living department for a new user to try the app on. */
package au.gov.dss.socialmedia.admin.demo;
