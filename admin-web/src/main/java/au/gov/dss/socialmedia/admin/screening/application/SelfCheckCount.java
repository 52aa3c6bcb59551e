package au.gov.dss.socialmedia.admin.screening.application;

import java.time.LocalDate;

/**
 * The one thing kept of the personal-use self-check: how many checks were made each day. No text, no name, no time
 * of day. Safe to count from several instances of the app at once.
 */
public interface SelfCheckCount {

    /** Adds one check to the day's count. */
    void count(LocalDate day);

    /** How many checks were made on the day. */
    long on(LocalDate day);
}
