package au.gov.dss.socialmedia.planted.admin.web;

import au.gov.dss.socialmedia.planted.admin.rogue.application.RogueService;

/** Planted violation: shared web support that knows one feature. */
public class RogueSupport {
    /** The feature the shared support must never know. */
    public RogueService service;
}
