package au.gov.dss.socialmedia.admin.account.application;

import java.io.Serializable;

/**
 * The proposal of a new official account, as the form gives it.
 *
 * @param platform the platform (a {@code PlatformKind} name)
 * @param otherPlatformName the platform's name when it is OTHER
 * @param handleOrUrl the handle or URL
 * @param purpose what it is for
 * @param owningArea the owning business area's code
 * @param administrator the administrator's employee number
 * @param initiative the id of the initiative it serves (an approved one)
 */
public record ProposeAccount(String platform, String otherPlatformName, String handleOrUrl, String purpose,
                             String owningArea, String administrator, String initiative) implements Serializable {
}
