package au.gov.dss.socialmedia.admin.screening.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.platform.audit.AuditTrails;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import au.gov.dss.socialmedia.admin.platform.command.NotPermittedException;
import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.platform.persistence.JpaUnitOfWork;
import au.gov.dss.socialmedia.admin.screening.persistence.JdbcSelfCheckCount;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.engine.ComplianceEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The personal-use self-check: any employee gets the policy's guidance for personal use on a draft, never a block,
 * and nothing of what they typed, nor that they checked, is kept: only the day's count. Through the real engine,
 * command runner and audit trail, on the real database (H2, or PostgreSQL when {@code DB_URL} is set).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaSelfCheckTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T01:00:00Z"),
            ZoneId.of("Australia/Sydney"));
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final ScreeningEngine ENGINE = new ScreeningEngine(ComplianceEngine.withDefaultRules(CLOCK));

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    private <T> T as(Set<AppRole> roles, Function<SelfCheck, T> work) {
        CurrentUser casey = new CurrentUser() {
            @Override
            public Optional<String> username() {
                return Optional.of("casey");
            }

            @Override
            public Optional<String> displayName() {
                return Optional.of("Casey Morgan");
            }

            @Override
            public boolean hasRole(AppRole role) {
                return roles.contains(role);
            }
        };
        return db.inTransaction(em -> work.apply(new SelfCheck(new Screening(ENGINE, CLOCK),
                new JdbcSelfCheckCount(db.dataSource()),
                new CommandRunner(casey, AuditTrails.over(em, CLOCK), new JpaUnitOfWork(em)), CLOCK)));
    }

    private SelfCheckResult check(String draft) {
        return as(EnumSet.of(AppRole.EMPLOYEE), selfCheck -> selfCheck.check(draft));
    }

    private List<AuditEntry> audited() {
        return db.inTransaction(em -> AuditTrails.over(em, CLOCK).byActor("casey", 10));
    }

    @Test
    void a_phone_number_in_a_personal_post_gets_advice_citing_the_clause_with_the_number_marked_and_is_not_blocked() {
        String draft = "Great day at the expo! Ring me on 0412 345 678 if you want the brochures.";

        SelfCheckResult guidance = check(draft);

        assertEquals("REVIEW", guidance.outcome());
        MarkedText.Mark phone = guidance.findings().get(0);
        assertEquals("PERSONAL_DETAILS", phone.category());
        assertEquals("0412 345 678", phone.excerpt());
        assertEquals(draft.indexOf("0412"), phone.start());
        assertFalse(phone.clauseCitation().isBlank());
        assertFalse(phone.advice().isBlank());
        assertEquals(List.of("0412 345 678"), guidance.parts().stream().filter(MarkedText.Part::isMarked)
                .map(MarkedText.Part::text).toList());
        assertEquals(draft, String.join("", guidance.parts().stream().map(MarkedText.Part::text).toList()),
                "the parts put together are the draft as typed");
    }

    @Test
    void even_what_would_block_an_official_post_only_gets_advice_on_a_personal_post() {
        SelfCheckResult guidance = check("My TFN is 123 456 782 and the dole bludgers can get stuffed");

        assertEquals("REVIEW", guidance.outcome());
        assertTrue(guidance.findings().stream().noneMatch(f -> f.severity().equals("BLOCK")), guidance.toString());
        assertTrue(guidance.findings().stream().anyMatch(f -> f.category().equals("OFFENSIVE")), guidance.toString());
    }

    @Test
    void the_reflection_questions_are_given_once_for_the_draft_not_after_every_finding() {
        SelfCheckResult guidance = check("Call 0412 345 678 or 0413 555 123, you bloody idiots");

        assertEquals(5, guidance.reflectionQuestions().size());
        assertTrue(guidance.findings().size() >= 2, guidance.toString());
        for (MarkedText.Mark finding : guidance.findings()) {
            assertFalse(finding.advice().contains(guidance.reflectionQuestions().get(0)), finding.advice());
        }
    }

    @Test
    void a_draft_with_nothing_to_warn_about_passes_and_still_offers_the_questions() {
        SelfCheckResult guidance = check("Lovely walk along the lake this morning.");

        assertEquals("PASS", guidance.outcome());
        assertTrue(guidance.isClear());
        assertEquals(5, guidance.reflectionQuestions().size());
        assertEquals("2026.12-1", guidance.ruleSetVersion());
    }

    @Test
    void nothing_typed_nor_who_checked_is_kept_only_the_days_count() {
        check("Ring me on 0412 345 678");
        check("Lovely walk along the lake this morning.");

        assertEquals(List.of(), audited(), "a check leaves no audit entry");
        assertEquals(2, new JdbcSelfCheckCount(db.dataSource()).on(TODAY));
    }

    @Test
    void an_empty_draft_and_one_over_the_limit_are_refused_beside_the_field_and_not_counted() {
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> check("  \n "));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> check("a".repeat(SelfCheck.LIMIT + 1)));

        assertEquals("draft", empty.field());
        assertEquals("selfCheck.empty", empty.messageKey());
        assertEquals("selfCheck.tooLong", tooLong.messageKey());
        assertEquals("63,207", tooLong.value());
        assertEquals(0, new JdbcSelfCheckCount(db.dataSource()).on(TODAY));
        check("a".repeat(SelfCheck.LIMIT));
        assertEquals(1, new JdbcSelfCheckCount(db.dataSource()).on(TODAY), "the limit itself is allowed");
    }

    @Test
    void someone_holding_no_role_is_refused_and_the_refusal_is_audited_without_the_text() {
        RuntimeException failure = as(EnumSet.noneOf(AppRole.class), selfCheck -> {
            try {
                selfCheck.check("Ring me on 0412 345 678");
                return null;
            } catch (RuntimeException e) {
                return e; // caught inside the transaction, so that the refusal's entry is committed as it is in the app
            }
        });

        assertTrue(failure instanceof NotPermittedException, String.valueOf(failure));

        AuditEntry refused = audited().get(0);
        assertEquals("selfCheck.check", refused.action());
        assertEquals("REFUSED", refused.outcome());
        assertFalse((refused.subjectLabel() + refused.detail()).contains("0412"), refused.toString());
        assertEquals(0, new JdbcSelfCheckCount(db.dataSource()).on(TODAY));
    }
}
