package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.ListedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One channel of an initiative's business case, at its position. */
@Entity
@Table(name = "initiative_channel")
class InitiativeChannelEntity extends ListedRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id")
    InitiativeEntity initiative;

    String channel;

    /** For JPA. */
    protected InitiativeChannelEntity() {
    }

    InitiativeChannelEntity(String id, InitiativeEntity initiative, int listIndex) {
        super(id, listIndex);
        this.initiative = initiative;
    }
}
