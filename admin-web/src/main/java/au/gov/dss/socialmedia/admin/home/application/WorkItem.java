package au.gov.dss.socialmedia.admin.home.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One thing waiting for the signed-in person, as My work links to it.
 *
 * @param label what it is (a title, an address, a name)
 * @param page the page it opens ({@code /app/initiative}...)
 * @param id the thing's id on that page
 * @param day the day it is about (an authorisation's last day), or null
 */
public record WorkItem(String label, String page, String id, LocalDate day) implements Serializable {
}
