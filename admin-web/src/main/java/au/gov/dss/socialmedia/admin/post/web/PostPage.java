package au.gov.dss.socialmedia.admin.post.web;

import au.gov.dss.socialmedia.admin.post.application.PostCommands;
import au.gov.dss.socialmedia.admin.post.application.PostDetail;
import au.gov.dss.socialmedia.admin.post.application.PostQueries;
import au.gov.dss.socialmedia.admin.web.DetailPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A post's page ({@code /app/post.xhtml?id=...}): what it says and shows, with what the rule set in force finds in
 * it (each finding highlighted in place) or what it was published with; what changed since its last review; its
 * media, sources and the consents of the areas it speaks for; its approval, refusal or publication; the actions
 * open to the reader, each in a dialog (an approval acknowledges each warning one by one and may set the time the
 * post publishes itself); and its history.
 */
@Named
@ViewScoped
public class PostPage extends DetailPage<PostDetail> {

    private static final long serialVersionUID = 1L;

    @Inject
    PostQueries queries;

    @Inject
    Clock clock;

    @Inject
    PostCommands commands;

    private String note;
    private String reason;
    private String address;
    private LocalDateTime publishAt;
    private List<String> acknowledged = new ArrayList<>();

    /** The page, at its address. */
    public PostPage() {
        super("/app/post");
    }

    @Override
    protected Optional<PostDetail> find(String id) {
        return queries.detail(id);
    }

    @Override
    protected void loaded(PostDetail shown) {
        address = shown.publishedAddress();
    }

    /** Gives the consent of the reader's area, with its advice. */
    public String giveConsent() {
        return act("giveConsentForm", () -> commands.giveConsent(getId(), getDetail().version(), note),
                "posts.consentGiven");
    }

    /** Refuses the consent of the reader's area, saying why. */
    public String refuseConsent() {
        return act("refuseConsentForm", () -> commands.refuseConsent(getId(), getDetail().version(), reason),
                "posts.consentRefused");
    }

    /** Sends the draft for review. */
    public String submit() {
        return act("submitForm", () -> commands.submit(getId(), getDetail().version()), "posts.submitted");
    }

    /** Approves it, with the warnings acknowledged, to publish now or at the time given. */
    public String approve() {
        return act("approveForm", () -> commands.approve(getId(), getDetail().version(), note,
                new LinkedHashSet<>(acknowledged), publishAt == null ? null
                        : publishAt.atZone(clock.getZone()).toInstant()),
                publishAt == null ? "posts.approved" : "posts.approvedScheduled");
    }

    /** Rejects it with reasons. */
    public String reject() {
        return act("rejectForm", () -> commands.reject(getId(), getDetail().version(), reason), "posts.rejected");
    }

    /** Publishes it now, at the address given (or none yet). */
    public String publish() {
        return act("publishForm", () -> commands.publish(getId(), getDetail().version(), address),
                "posts.published");
    }

    /** Records where it lives on its platform. */
    public String recordAddress() {
        return act("recordAddressForm", () -> commands.recordAddress(getId(), getDetail().version(), address),
                "posts.addressRecorded");
    }

    /** Withdraws it, for a reason. */
    public String withdraw() {
        return act("withdrawForm", () -> commands.withdraw(getId(), getDetail().version(), reason),
                "posts.withdrawn");
    }

    /** @return the approval's note */
    public String getNote() {
        return note;
    }

    /** @param note the approval's note */
    public void setNote(String note) {
        this.note = note;
    }

    /** @return the reason typed in a dialog */
    public String getReason() {
        return reason;
    }

    /** @param reason the reason typed in a dialog */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** @return where the post lives on its platform */
    public String getAddress() {
        return address;
    }

    /** @param address where the post lives on its platform */
    public void setAddress(String address) {
        this.address = address;
    }

    /** @return when the approved post publishes itself (Canberra time), or null */
    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    /** @param publishAt when the approved post publishes itself (Canberra time), or null */
    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    /** @return the keys of the warnings acknowledged */
    public List<String> getAcknowledged() {
        return acknowledged;
    }

    /** @param acknowledged the keys of the warnings acknowledged */
    public void setAcknowledged(List<String> acknowledged) {
        this.acknowledged = acknowledged == null ? new ArrayList<>() : new ArrayList<>(acknowledged);
    }
}
