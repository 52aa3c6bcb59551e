package au.gov.dss.socialmedia.admin.initiative.application;

import java.time.LocalDate;

/**
 * The business case form as typed; blank parts stay empty (the domain says what is missing).
 *
 * @param objectives what the initiative is to achieve
 * @param audience who it is for
 * @param channels the channels, one per line
 * @param resourcing who and what will run it
 * @param measuresOfSuccess how success will be measured
 * @param plannedStart the first day, or null
 * @param plannedEnd the last day, or null
 */
public record BusinessCaseForm(String objectives, String audience, String channels, String resourcing,
                               String measuresOfSuccess, LocalDate plannedStart, LocalDate plannedEnd)
        implements java.io.Serializable {
}
