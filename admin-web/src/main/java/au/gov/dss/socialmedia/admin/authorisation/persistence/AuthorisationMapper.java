package au.gov.dss.socialmedia.admin.authorisation.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.Rows;

import au.gov.dss.socialmedia.domain.authorisation.AccountScope;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationScope;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationSnapshot;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationStatus;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.authorisation.StatusChange;
import au.gov.dss.socialmedia.domain.authorisation.TrainingRecord;
import au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Translates between an authorisation's snapshot and its rows. */
final class AuthorisationMapper {

    private AuthorisationMapper() {
    }

    static Authorisation toDomain(AuthorisationEntity row) {
        AccountScope accounts = row.allCmbAccounts ? AccountScope.allCmbAccounts()
                : new AccountScope.SpecificAccounts(row.accounts.stream().map(AccountId::of)
                        .collect(Collectors.toSet()));
        Set<Activity> activities = row.activities.stream().map(Activity::valueOf).collect(Collectors.toSet());
        Optional<TrainingRecord> training = row.trainingCourse == null ? Optional.empty()
                : Optional.of(new TrainingRecord(row.trainingCourse, row.trainingCompletedOn,
                        EmployeeId.of(row.trainingRecordedBy)));
        List<StatusChange> history = row.history.stream()
                .sorted(Comparator.comparingInt(change -> change.listIndex()))
                .map(change -> new StatusChange(AuthorisationStatus.valueOf(change.status), change.changedAt,
                        change.reason))
                .toList();
        return Authorisation.restore(new AuthorisationSnapshot(AuthorisationId.of(row.id()), EmployeeId.of(row.holder),
                Role.valueOf(row.role), new AuthorisationScope(accounts, activities),
                new ValidityPeriod(row.validFrom, row.validUntil), training, EmployeeId.of(row.grantedBy),
                row.grantedAt, AuthorisationStatus.valueOf(row.status), history));
    }

    static void copy(Authorisation authorisation, AuthorisationEntity row) {
        AuthorisationSnapshot s = authorisation.snapshot();
        row.holder = s.holder().value();
        row.role = s.role().name();
        AccountScope accounts = s.scope().accounts();
        row.allCmbAccounts = accounts instanceof AccountScope.AllCmbAccounts;
        Rows.replace(row.accounts, accounts instanceof AccountScope.SpecificAccounts specific
                ? specific.accounts().stream().map(AccountId::toString).collect(Collectors.toSet()) : Set.of());
        Rows.replace(row.activities, s.scope().activities().stream().map(Activity::name).collect(Collectors.toSet()));
        row.validFrom = s.period().from();
        row.validUntil = s.period().until();
        TrainingRecord training = s.training().orElse(null);
        row.trainingCourse = training == null ? null : training.course();
        row.trainingCompletedOn = training == null ? null : training.completedOn();
        row.trainingRecordedBy = training == null ? null : training.recordedBy().value();
        row.grantedBy = s.grantedBy().value();
        row.grantedAt = s.grantedAt();
        row.status = s.status().name();
        List<StatusChange> history = s.history();
        row.statusChangedAt = history.get(history.size() - 1).at();
        Rows.resize(row.history, history.size(),
                index -> new AuthorisationStatusChangeEntity(UUID.randomUUID().toString(), row, index));
        for (int i = 0; i < history.size(); i++) {
            AuthorisationStatusChangeEntity change = row.history.get(i);
            change.status = history.get(i).status().name();
            change.changedAt = history.get(i).at();
            change.reason = history.get(i).reason();
        }
    }
}
