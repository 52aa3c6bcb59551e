package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.application.Dashboard;
import au.gov.dss.socialmedia.admin.application.DashboardService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The dashboard: figures read once per request. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    DashboardService service;

    private Dashboard dashboard;

    @PostConstruct
    void load() {
        dashboard = service.now();
    }

    /** The figures. */
    public Dashboard getDashboard() {
        return dashboard;
    }

    /** The width of a state's bar in the chart, as a percentage of the largest. */
    public long barWidth(long count) {
        long largest = dashboard.largestCount();
        return largest == 0 ? 0 : Math.max(2, count * 100 / largest);
    }
}
