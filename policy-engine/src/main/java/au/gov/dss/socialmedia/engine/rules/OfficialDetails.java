package au.gov.dss.socialmedia.engine.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The department's own published contact details, which are never personal details: telephone numbers (kept as
 * their digits), e-mail domains (an address at the domain or a sub-domain of it is official) and office addresses.
 *
 * @param phoneNumbers published numbers, as written (only their digits count)
 * @param emailDomains official e-mail domains, such as {@code dss.gov.au}
 * @param addresses office street addresses, such as {@code 71 Athllon Drive}
 */
public record OfficialDetails(List<String> phoneNumbers, List<String> emailDomains, List<String> addresses) {

    /** Copies the lists. */
    public OfficialDetails {
        phoneNumbers = List.copyOf(Objects.requireNonNull(phoneNumbers, "phone numbers must not be null"));
        emailDomains = List.copyOf(Objects.requireNonNull(emailDomains, "e-mail domains must not be null"));
        addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses must not be null"));
    }

    /** No official details at all. */
    public static OfficialDetails none() {
        return new OfficialDetails(List.of(), List.of(), List.of());
    }

    /** The digits of each published number. */
    public Set<String> phoneDigits() {
        return phoneNumbers.stream().map(n -> n.replaceAll("[^0-9]", "")).filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
