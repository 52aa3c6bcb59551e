package au.gov.dss.socialmedia.admin.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** The clock every command of the domain is given: the system clock in Canberra's time zone, to the microsecond. */
@ApplicationScoped
public class ClockProducer {

    /** Canberra's time zone, in which days (due dates, training dates) are counted. */
    public static final ZoneId CANBERRA = ZoneId.of("Australia/Sydney");

    @Produces
    @ApplicationScoped
    Clock clock() {
        // Microseconds: what both databases keep, so that an instant survives a round trip exactly.
        return Clock.tick(Clock.system(CANBERRA), Duration.ofNanos(1_000));
    }
}
