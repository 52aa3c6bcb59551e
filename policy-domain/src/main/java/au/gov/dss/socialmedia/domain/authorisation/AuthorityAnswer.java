package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.util.Objects;

/**
 * The answer to "does employee E hold authority for activity A on account X at instant T": {@link Holds} with
 * the authorisation that grants it, or {@link DoesNotHold} with the reason and clause.
 */
public sealed interface AuthorityAnswer permits AuthorityAnswer.Holds, AuthorityAnswer.DoesNotHold {

    /**
     * The employee holds the authority.
     *
     * @param authorisation the authorisation that grants it
     */
    record Holds(AuthorisationId authorisation) implements AuthorityAnswer {
        /** Refuses a missing authorisation id. */
        public Holds {
            Objects.requireNonNull(authorisation, "authorisation id must not be null");
        }
    }

    /**
     * The employee does not hold the authority.
     *
     * @param refusal why not, and on which clause
     */
    record DoesNotHold(Refusal refusal) implements AuthorityAnswer {
        /** Refuses a missing refusal. */
        public DoesNotHold {
            Objects.requireNonNull(refusal, "refusal must not be null");
        }
    }

    /** Whether the employee holds the authority. */
    default boolean holds() {
        return this instanceof Holds;
    }

    /** Does nothing when the authority is held; throws {@link CommandRefusedException} when it is not. */
    default void orThrow() {
        if (this instanceof DoesNotHold doesNotHold) {
            throw new CommandRefusedException(doesNotHold.refusal());
        }
    }
}
