package au.gov.dss.socialmedia.admin.initiative.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The row of a social media initiative, with its business case (flattened, channels in a child table), its risk
 * register and its decisions. Mapped to and from the domain's {@code Initiative} snapshot by
 * {@link InitiativeMapper}; the domain never sees this class.
 */
@Entity
@Table(name = "initiative")
class InitiativeEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "title")
    String title;

    @Column(name = "sponsoring_area")
    String sponsoringArea;

    @Column(name = "submitter")
    String submitter;

    @Column(name = "drafted_at")
    Instant draftedAt;

    @Column(name = "status")
    String status;

    @Column(name = "objectives")
    String objectives;

    @Column(name = "audience")
    String audience;

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<InitiativeChannelEntity> channels = new ArrayList<>();

    @Column(name = "resourcing")
    String resourcing;

    @Column(name = "measures_of_success")
    String measuresOfSuccess;

    @Column(name = "planned_start")
    LocalDate plannedStart;

    @Column(name = "planned_end")
    LocalDate plannedEnd;

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<InitiativeRiskEntity> risks = new ArrayList<>();

    @Column(name = "submission_count")
    int submissionCount;

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<InitiativeDecisionEntity> decisions = new ArrayList<>();

    @Column(name = "activated_at")
    Instant activatedAt;

    @Column(name = "closed_by")
    String closedBy;

    @Column(name = "closing_reason")
    String closingReason;

    @Column(name = "closed_at")
    Instant closedAt;

    @Version
    @Column(name = "version")
    long version;

    /** For JPA. */
    protected InitiativeEntity() {
    }

    InitiativeEntity(String id) {
        this.id = id;
    }

    /** The optimistic-locking version. */
    public long version() {
        return version;
    }
}
