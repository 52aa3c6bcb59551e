package au.gov.dss.socialmedia.admin.initiative.application;

import java.io.Serializable;
/**
 * One cell of the 5x5 risk matrix as the heat map shows it.
 *
 * @param likelihood the row's likelihood name
 * @param consequence the column's consequence name
 * @param rating the documented rating of the cell
 * @param risks how many of the initiative's risks are in the cell
 */
public record HeatMapCell(String likelihood, String consequence, String rating, int risks) implements Serializable {
}
