package au.gov.dss.socialmedia.admin.platform.command;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a command acts on, as the audit trail keeps it: the kind of thing, its id (to find its history) and how a
 * person names it at the time (an account's platform and handle, an initiative's title, an employee's name), so that
 * the trail reads in names even after the thing is renamed or gone.
 *
 * @param kind the kind of thing
 * @param id its id (an account's UUID, an employee number, a user name); empty for {@link SubjectKind#NONE}
 * @param label how a person names it, at most 300 characters
 */
public record Subject(SubjectKind kind, String id, String label) implements Serializable {

    /** Checks the parts and shortens a long label. */
    public Subject {
        Objects.requireNonNull(kind, "kind");
        id = id == null ? "" : id;
        label = label == null || label.isBlank() ? id : label.strip();
        if (label.length() > 300) {
            label = label.substring(0, 299) + "…";
        }
    }

    /** A thing of the kind, with its id and name. */
    public static Subject of(SubjectKind kind, String id, String label) {
        return new Subject(kind, id, label);
    }

    /** Nothing in particular (a command on the whole system, or one refused before its subject was known). */
    public static Subject none(String label) {
        return new Subject(SubjectKind.NONE, "", label);
    }
}
