package au.gov.dss.socialmedia.domain.conduct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import org.junit.jupiter.api.function.Executable;

/** Assertions shared by the tests of this package: a refusal with its code and clause leaves the matter as it was. */
final class Refusals {

    private Refusals() {
    }

    /** Asserts the command is refused with the code and clause, and that the matter's snapshot is unchanged. */
    static CommandRefusedException assertRefused(ConductMatter matter, String code, PolicyClause clause,
                                                 Executable command) {
        ConductMatterSnapshot before = matter.snapshot();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, command);
        assertEquals(code, refused.code(), refused.getMessage());
        assertEquals(clause, refused.refusal().clause(), refused.getMessage());
        assertEquals(before, matter.snapshot(), "a refused command must leave the matter exactly as it was");
        return refused;
    }
}
