package au.gov.dss.socialmedia.planted.admin.rogue.web;

import au.gov.dss.socialmedia.planted.admin.rogue.persistence.RogueRepository;

/** Planted violation: a page that reads the database itself. */
public class RoguePage {
    /** The repository a page must never hold. */
    public RogueRepository repository;
}
