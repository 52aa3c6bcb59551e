/**
 * Authorisations to use social media officially, and the one question every other module asks: "does employee E
 * hold authority for activity A on account X at instant T?"
 * ({@link au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck}, answered by
 * {@link au.gov.dss.socialmedia.domain.authorisation.AuthorisationRegister}).
 *
 * <p>Aggregate: {@link au.gov.dss.socialmedia.domain.authorisation.Authorisation}: an employee (the holder), a
 * {@link au.gov.dss.socialmedia.domain.authorisation.Role role}, a
 * {@link au.gov.dss.socialmedia.domain.authorisation.AuthorisationScope scope} (which accounts, which
 * {@link au.gov.dss.socialmedia.domain.authorisation.Activity activities}), a
 * {@link au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod validity period}, the
 * {@link au.gov.dss.socialmedia.domain.authorisation.TrainingRecord training} completed, and the CMB employee who
 * granted it. Repository port: {@link au.gov.dss.socialmedia.domain.authorisation.AuthorisationRepository}.
 * Named rules: {@link au.gov.dss.socialmedia.domain.authorisation.SegregationOfDuties},
 * {@link au.gov.dss.socialmedia.domain.authorisation.RoleEligibility}. Stable codes:
 * {@link au.gov.dss.socialmedia.domain.authorisation.AuthorisationCodes}.
 *
 * <p>Lifecycle (every command by a CMB employee other than the holder, except recordExpiry):
 * <pre>
 *   grant ──────────────────────────────► GRANTED
 *   GRANTED   ──suspend──────────────────► SUSPENDED          (with a reason)
 *   SUSPENDED ──reinstate────────────────► GRANTED            (refused once the period has ended)
 *   GRANTED | SUSPENDED ──renew──────────► the same state     (the period ends later)
 *   GRANTED | SUSPENDED ──revoke─────────► REVOKED            (terminal, with a reason)
 *   GRANTED | SUSPENDED ──recordExpiry───► EXPIRED            (terminal; only once the period has ended)
 * </pre>
 * Whatever is recorded, an authorisation whose period has ended is effectively EXPIRED
 * ({@code statusAt}); it is in force ({@code isInForceAt}) only when effectively GRANTED, within its period and
 * not before it was granted.
 *
 * <p>Policy clauses enforced: {@code OFFICIAL_USE_AUTHORISATION} (CMB manages and authorises official use),
 * {@code OFFICIAL_USE_TRAINING} (contributors from other business areas are trained first),
 * {@code PRINCIPLE_ADMINISTRATION} (an official account is administered by a Communication Account Manager in CMB).
 *
 * <p>Events, archived by the records adapter: AuthorisationGranted, AuthorisationSuspended,
 * AuthorisationReinstated, AuthorisationRevoked, AuthorisationRenewed, AuthorisationExpired
 * (see {@link au.gov.dss.socialmedia.domain.authorisation.AuthorisationEvent}).
 */
package au.gov.dss.socialmedia.domain.authorisation;
