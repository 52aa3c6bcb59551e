package au.gov.dss.socialmedia.admin.platform;

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
        Optional<String[]> subject = subjectOf(event);
        if (subject.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO record_subject (record_id, subject_kind, subject_id) VALUES (?, ?, ?)")) {
            insert.setObject(1, event.eventId().value());
            insert.setString(2, subject.get()[0]);
            insert.setString(3, subject.get()[1]);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot note the subject of the record of " + event.getClass()
                    .getSimpleName(), e);
        }
    }

    /** The kind and id of the thing the event is about, when it is one that has a page. */
    static Optional<String[]> subjectOf(DomainEvent event) {
        String[] subject;
        if (event instanceof AccountEvent account) {
            subject = new String[] {SubjectKind.ACCOUNT.name(), account.accountId().toString()};
        } else if (event instanceof AuthorisationEvent authorisation) {
            subject = new String[] {SubjectKind.AUTHORISATION.name(), authorisation.authorisationId().toString()};
        } else if (event instanceof InitiativeEvent initiative) {
            subject = new String[] {SubjectKind.INITIATIVE.name(), initiative.initiativeId().toString()};
        } else if (event instanceof PostEvent post) {
            subject = new String[] {SubjectKind.POST.name(), post.postId().toString()};
        } else if (event instanceof CommentEvent comment) {
            subject = new String[] {SubjectKind.COMMENT.name(), comment.commentId().toString()};
        } else if (event instanceof ConductMatterEvent matter) {
            subject = new String[] {SubjectKind.CONDUCT_MATTER.name(), matter.matterId().toString()};
        } else {
            subject = null;
        }
        return Optional.ofNullable(subject);
    }
}
