package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.VersionedRow;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
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
class InitiativeEntity extends VersionedRow {

    String title;

    String sponsoringArea;

    String submitter;

    Instant draftedAt;

    String status;

    String objectives;

    String audience;

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<InitiativeChannelEntity> channels = new ArrayList<>();

    String resourcing;

    String measuresOfSuccess;

    LocalDate plannedStart;

    LocalDate plannedEnd;

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<InitiativeRiskEntity> risks = new ArrayList<>();

    int submissionCount;

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<InitiativeDecisionEntity> decisions = new ArrayList<>();

    Instant activatedAt;

    String closedBy;

    String closingReason;

    Instant closedAt;

    /** For JPA. */
    protected InitiativeEntity() {
    }

    InitiativeEntity(String id) {
        super(id);
    }

}
