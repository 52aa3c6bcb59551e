package au.gov.dss.socialmedia.admin.platform.persistence;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row of a list that belongs to an aggregate (a risk, a channel, a decision...): its id and its position. */
@MappedSuperclass
public abstract class ListedRow {

    @Id
    private String id;

    private int listIndex;

    /** For JPA. */
    protected ListedRow() {
    }

    /** A new row at its position. */
    protected ListedRow(String id, int listIndex) {
        this.id = id;
        this.listIndex = listIndex;
    }

    /** The row's id. */
    public String id() {
        return id;
    }

    /** Its position in the list, from 0. */
    public int listIndex() {
        return listIndex;
    }
}
