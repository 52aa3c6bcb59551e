package au.gov.dss.socialmedia.domain.authorisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import org.junit.jupiter.api.function.Executable;

/** Assertions about refusals and "no" answers, shared by the authorisation tests. */
final class RefusalAssertions {

    private RefusalAssertions() {
    }

    /** Asserts that the command is refused with the code and clause; returns the refusal for further checks. */
    static Refusal assertRefused(String code, PolicyClause clause, Executable command) {
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, command);
        assertEquals(code, refused.code(), () -> "refusal: " + refused.refusal());
        assertEquals(clause, refused.refusal().clause(), () -> "refusal: " + refused.refusal());
        return refused.refusal();
    }

    /**
     * Asserts that the command is refused with the code and clause and leaves the authorisation exactly as it
     * was; returns the refusal.
     */
    static Refusal assertRefusedUnchanged(Authorisation authorisation, String code, PolicyClause clause,
                                                 Executable command) {
        AuthorisationSnapshot before = authorisation.snapshot();
        Refusal refusal = assertRefused(code, clause, command);
        assertEquals(before, authorisation.snapshot(), "a refused command must leave the authorisation unchanged");
        return refusal;
    }

    /** Asserts that the answer is "does not hold" with the code and clause; returns the refusal. */
    static Refusal assertDoesNotHold(String code, PolicyClause clause, AuthorityAnswer answer) {
        AuthorityAnswer.DoesNotHold no = assertInstanceOf(AuthorityAnswer.DoesNotHold.class, answer);
        assertEquals(code, no.refusal().code(), () -> "answer: " + no.refusal());
        assertEquals(clause, no.refusal().clause(), () -> "answer: " + no.refusal());
        return no.refusal();
    }
}
