package au.gov.dss.socialmedia.planted.engine;

import au.gov.dss.socialmedia.planted.admin.rogue.web.RoguePage;

/** Planted violation: an engine that knows the app's pages. */
public class Screening {
    /** The app the engine must never know. */
    public RoguePage page;
}
