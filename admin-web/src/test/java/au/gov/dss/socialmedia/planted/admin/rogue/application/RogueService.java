package au.gov.dss.socialmedia.planted.admin.rogue.application;

import au.gov.dss.socialmedia.planted.admin.rogue.persistence.RogueRepository;
import au.gov.dss.socialmedia.planted.admin.rogue.web.RoguePage;

/** Planted violation: a use case that knows a page and its storage's class. */
public class RogueService {
    /** The page a use case must never know. */
    public RoguePage page;
    /** The storage class a use case must reach only through a port. */
    public RogueRepository repository;
}
