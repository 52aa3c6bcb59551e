package au.gov.dss.socialmedia.admin.home.web;

import au.gov.dss.socialmedia.admin.home.application.Home;
import au.gov.dss.socialmedia.admin.home.application.HomeQueries;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page: My work and the accounts by state, read once per request. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    HomeQueries queries;

    private Home home;

    @PostConstruct
    void load() {
        home = queries.now();
    }

    /** The page. */
    public Home getHome() {
        return home;
    }

    /** The width of a state's bar in the chart, as a percentage of the largest. */
    public long barWidth(long count) {
        long largest = home.largestCount();
        return largest == 0 ? 0 : Math.max(2, count * 100 / largest);
    }
}
