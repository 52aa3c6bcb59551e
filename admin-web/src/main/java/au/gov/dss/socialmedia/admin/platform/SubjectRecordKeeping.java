package au.gov.dss.socialmedia.admin.platform;

import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.domain.account.AccountEvent;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationEvent;
import au.gov.dss.socialmedia.domain.comment.CommentEvent;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent;
import au.gov.dss.socialmedia.domain.initiative.InitiativeEvent;
import au.gov.dss.socialmedia.domain.post.PostEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The domain's {@link RecordKeeping} port as the app uses it: the records adapter's outbox keeps the record, and this
 * notes which thing the record is about ({@code record_subject}), in the same transaction, so that the thing's page
 * can list its records without searching them.
 */
public final class SubjectRecordKeeping implements RecordKeeping {

    private final RecordKeeping records;
    private final DataSource dataSource;

    /** Keeps records through the outbox and notes their subjects in the data source (the same transaction). */
    public SubjectRecordKeeping(RecordKeeping records, DataSource dataSource) {
        this.records = records;
        this.dataSource = dataSource;
    }

    @Override
    public void capture(DomainEvent event) {
        records.capture(event);
        Optional<Subject> subject = subjectOf(event);
        if (subject.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO record_subject (record_id, subject_kind, subject_id) VALUES (?, ?, ?)")) {
            insert.setObject(1, event.eventId().value());
            insert.setString(2, subject.get().kind().name());
            insert.setString(3, subject.get().id());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot note the subject of the record of " + event.getClass()
                    .getSimpleName(), e);
        }
    }

    /** The thing the event is about (its kind and id), when it is one that has a page. */
    static Optional<Subject> subjectOf(DomainEvent event) {
        if (event instanceof AccountEvent account) {
            return about(SubjectKind.ACCOUNT, account.accountId());
        } else if (event instanceof AuthorisationEvent authorisation) {
            return about(SubjectKind.AUTHORISATION, authorisation.authorisationId());
        } else if (event instanceof InitiativeEvent initiative) {
            return about(SubjectKind.INITIATIVE, initiative.initiativeId());
        } else if (event instanceof PostEvent post) {
            return about(SubjectKind.POST, post.postId());
        } else if (event instanceof CommentEvent comment) {
            return about(SubjectKind.COMMENT, comment.commentId());
        } else if (event instanceof ConductMatterEvent matter) {
            return about(SubjectKind.CONDUCT_MATTER, matter.matterId());
        }
        return Optional.empty();
    }

    private static Optional<Subject> about(SubjectKind kind, Object id) {
        return Optional.of(Subject.of(kind, id.toString(), null));
    }
}
