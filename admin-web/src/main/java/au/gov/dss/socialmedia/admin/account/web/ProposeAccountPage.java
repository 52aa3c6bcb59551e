package au.gov.dss.socialmedia.admin.account.web;

import au.gov.dss.socialmedia.admin.account.application.AccountCommands;
import au.gov.dss.socialmedia.admin.account.application.AccountQueries;
import au.gov.dss.socialmedia.admin.account.application.ProposeAccount;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Proposing an official account ({@code /app/propose-account.xhtml}): the form offers only approved initiatives and
 * CMB administrators, shows how much purpose is left to type, and keeps what was typed when something is refused
 * (an address already registered is said beside the address). A proposed account opens on its own page.
 */
@Named
@ViewScoped
public class ProposeAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountQueries queries;

    @Inject
    AccountCommands commands;

    private final PickLabels labels = new PickLabels();
    private String platform;
    private String otherPlatformName;
    private String address;
    private String purpose;
    private String owningArea;
    private String administrator;
    private String initiative;
    private List<Option> areas;
    private List<Option> initiatives;

    @PostConstruct
    void init() {
        owningArea = queries.defaultArea();
    }

    /** Proposes the account; opens its page. */
    public String propose() {
        return CommandFeedback.run("propose", () -> commands.propose(new ProposeAccount(platform, otherPlatformName,
                        address, purpose, owningArea, administrator, initiative)))
                .map(id -> {
                    Messages.info("accounts.proposed", queries.accountLabel(id));
                    return Pages.to("/app/account", id);
                }).orElse(null);
    }

    /** The CMB employees matching what the user typed (their labels are remembered). */
    public List<String> completeAdministrator(String typed) {
        return labels.offer(queries.administratorsMatching(typed));
    }

    /** How the form shows a chosen administrator. */
    public String administratorLabel(String employeeNumber) {
        return labels.of(employeeNumber, queries::employeeLabel);
    }

    /** The platforms. */
    public PlatformKind[] getPlatforms() {
        return PlatformKind.values();
    }

    /** The business areas (read once per view). */
    public List<Option> getAreas() {
        if (areas == null) {
            areas = queries.businessAreas();
        }
        return areas;
    }

    /** The initiatives CMB approved, the only ones an account may serve (read once per view). */
    public List<Option> getInitiatives() {
        if (initiatives == null) {
            initiatives = queries.approvedInitiatives();
        }
        return initiatives;
    }

    /** The most characters a purpose may have. */
    public int getPurposeLimit() {
        return SocialMediaAccount.MAX_PURPOSE;
    }

    /** The platform. @return it */
    public String getPlatform() {
        return platform;
    }

    /** Sets the platform. @param platform it */
    public void setPlatform(String platform) {
        this.platform = platform;
    }

    /** The other platform's name. @return it */
    public String getOtherPlatformName() {
        return otherPlatformName;
    }

    /** Sets the other platform's name. @param otherPlatformName it */
    public void setOtherPlatformName(String otherPlatformName) {
        this.otherPlatformName = otherPlatformName;
    }

    /** The handle or URL. @return it */
    public String getAddress() {
        return address;
    }

    /** Sets the handle or URL. @param address it */
    public void setAddress(String address) {
        this.address = address;
    }

    /** The purpose. @return it */
    public String getPurpose() {
        return purpose;
    }

    /** Sets the purpose. @param purpose it */
    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    /** The owning area's code. @return it */
    public String getOwningArea() {
        return owningArea;
    }

    /** Sets the owning area's code. @param owningArea it */
    public void setOwningArea(String owningArea) {
        this.owningArea = owningArea;
    }

    /** The administrator's employee number. @return it */
    public String getAdministrator() {
        return administrator;
    }

    /** Sets the administrator's employee number. @param administrator it */
    public void setAdministrator(String administrator) {
        this.administrator = administrator;
    }

    /** The initiative's id. @return it */
    public String getInitiative() {
        return initiative;
    }

    /** Sets the initiative's id. @param initiative it */
    public void setInitiative(String initiative) {
        this.initiative = initiative;
    }
}
