package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRegister;
import au.gov.dss.socialmedia.domain.initiative.InitiativeRepository;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The dashboard's figures, read in one transaction; every role may read them. */
@ApplicationScoped
public class DashboardService {

    private static final int LIST_LIMIT = 10;

    @Inject
    AccountListing listing;


    @Inject
    InitiativeRepository initiatives;

    @Inject
    AuthorisationListing authorisationListing;


    @Inject
    Clock clock;

    /** The figures as they are now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Dashboard now() {
        Map<String, Long> byState = new LinkedHashMap<>();
        Map<String, Long> counted = listing.countByState();
        for (AccountState state : AccountState.values()) {
            byState.put(state.name(), counted.getOrDefault(state.name(), 0L));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Instant now = clock.instant();
        return new Dashboard(byState,
                authorisationListing.endingBetween(now, now.plus(AuthorisationRegister.EXPIRING_SOON), LIST_LIMIT)
                        .stream().map(line -> line.holderName() + " (" + line.role() + ") until " + line.until())
                        .toList(),
                initiatives.findByStatus(InitiativeStatus.SUBMITTED).stream().limit(LIST_LIMIT)
                        .map(i -> i.title() + " (" + i.sponsoringArea().name() + ")").toList(),
                listing.privacyReviewOverdue(today, LIST_LIMIT));
    }
}
