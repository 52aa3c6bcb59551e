package au.gov.dss.socialmedia.planted.admin.rogue.persistence;

import au.gov.dss.socialmedia.planted.admin.rogue.web.RoguePage;

/** Planted violation: storage that knows a page. */
public class RogueMapper {
    /** The page storage must never know. */
    public RoguePage page;
}
