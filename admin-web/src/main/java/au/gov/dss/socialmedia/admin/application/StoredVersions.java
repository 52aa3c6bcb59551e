package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.util.OptionalLong;

/**
 * Port: the optimistic-locking version each stored aggregate has now, so that a use case can tell that someone
 * else changed the thing since the user opened it (implemented by the persistence adapter).
 */
public interface StoredVersions {

    /** The stored version of the account, if it exists. */
    OptionalLong ofAccount(AccountId id);

    /** The stored version of the authorisation, if it exists. */
    OptionalLong ofAuthorisation(AuthorisationId id);

    /** The stored version of the initiative, if it exists. */
    OptionalLong ofInitiative(InitiativeId id);
}
