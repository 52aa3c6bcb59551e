package au.gov.dss.socialmedia.admin.screening.web;

import au.gov.dss.socialmedia.admin.screening.application.RuleSetVersion;
import au.gov.dss.socialmedia.admin.screening.application.RuleSets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The rule sets page: the version in force and the history of versions, read once per request. */
@Named
@RequestScoped
public class RuleSetsPage {

    @Inject
    RuleSets ruleSets;

    private List<RuleSetVersion> versions;

    @PostConstruct
    void load() {
        versions = ruleSets.versions();
    }

    /** @return every version held, newest first */
    public List<RuleSetVersion> getVersions() {
        return versions;
    }

    /** @return the version in force today, or null when none is */
    public RuleSetVersion getInForce() {
        return versions.stream().filter(RuleSetVersion::inForce).findFirst().orElse(null);
    }
}
