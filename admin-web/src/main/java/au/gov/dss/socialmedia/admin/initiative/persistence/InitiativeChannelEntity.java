package au.gov.dss.socialmedia.admin.initiative.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One channel of an initiative's business case, at its position. */
@Entity
@Table(name = "initiative_channel")
class InitiativeChannelEntity {

    @Id
    @Column(name = "id")
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id")
    InitiativeEntity initiative;

    @Column(name = "list_index")
    int listIndex;

    @Column(name = "channel")
    String channel;

    /** For JPA. */
    protected InitiativeChannelEntity() {
    }

    InitiativeChannelEntity(String id, InitiativeEntity initiative, int listIndex) {
        this.id = id;
        this.initiative = initiative;
        this.listIndex = listIndex;
    }
}
