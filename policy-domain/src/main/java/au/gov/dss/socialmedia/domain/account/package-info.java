/**
 * Official social media accounts: the {@link au.gov.dss.socialmedia.domain.account.SocialMediaAccount} aggregate,
 * its address on a platform, privacy-settings reviews, CMB's branding approval, its events and its repository port.
 *
 * <pre>
 *   PROPOSED --activate--&gt; ACTIVE &lt;--suspend / reinstate--&gt; SUSPENDED
 *   any state but DECOMMISSIONED --decommission--&gt; DECOMMISSIONED (terminal; records stay)
 * </pre>
 *
 * <p>Clauses enforced: authorised use (CMB manages every account), approved activity (an account goes live only
 * for an approved initiative), administration (by a current Communication Account Manager in CMB), privacy
 * (settings reviewed at least yearly), intellectual property (branding approved by CMB).
 */
package au.gov.dss.socialmedia.domain.account;
