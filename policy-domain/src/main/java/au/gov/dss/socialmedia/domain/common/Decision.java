package au.gov.dss.socialmedia.domain.common;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The answer of a named policy rule: {@link Allowed}, or {@link Refused} with the refusal saying why and on which
 * clause.
 */
public sealed interface Decision permits Decision.Allowed, Decision.Refused {

    /** The rule allows it. */
    record Allowed() implements Decision {
    }

    /**
     * The rule refuses it.
     *
     * @param refusal why, and on which clause
     */
    record Refused(Refusal refusal) implements Decision {
        /** Refuses a missing refusal. */
        public Refused {
            Objects.requireNonNull(refusal, "refusal must not be null");
        }
    }

    /** The single "allowed" answer. */
    static Decision allowed() {
        return new Allowed();
    }

    /** A refusal with the given code, clause and reason. */
    static Decision refused(String code, PolicyClause clause, String reason) {
        return new Refused(new Refusal(code, clause, reason));
    }

    /** Whether the rule allows it. */
    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Does nothing when allowed; throws {@link CommandRefusedException} when refused. */
    default void orThrow() {
        if (this instanceof Refused refused) {
            throw new CommandRefusedException(refused.refusal());
        }
    }

    /** This decision if it is a refusal, otherwise the other one: the first refusal wins. */
    default Decision and(Supplier<Decision> next) {
        return isAllowed() ? next.get() : this;
    }
}
