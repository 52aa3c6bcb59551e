package au.gov.dss.socialmedia.planted.admin.rogue.persistence;

/** The storage the planted page reaches into. */
public class RogueRepository {
}
