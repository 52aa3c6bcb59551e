package au.gov.dss.socialmedia.planted.admin.persistence;

import au.gov.dss.socialmedia.planted.admin.web.RoguePage;

/** Planted violation: persistence that knows a page (a cycle). */
public class RogueRepository {
    /** The page it must never know. */
    public RoguePage page;
}
