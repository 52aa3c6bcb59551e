package au.gov.dss.socialmedia.admin.platform.persistence;

import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;

/** Helpers the mappers share to copy a snapshot's collections into managed rows without needless churn. */
public final class Rows {

    private Rows() {
    }

    /** Makes the managed set hold exactly the values, touching only what differs. */
    public static void replace(Collection<String> managed, Collection<String> values) {
        managed.retainAll(values);
        for (String value : values) {
            if (!managed.contains(value)) {
                managed.add(value);
            }
        }
    }

    /**
     * Makes the managed child rows exactly {@code size} long: keeps the rows at positions below {@code size} (the
     * caller updates them in place), appends new rows made by {@code create} for missing positions and drops the
     * surplus from the end. A row never moves to another position, so a unique (parent, position) key holds at
     * every flush.
     */
    public static <T> void resize(List<T> managed, int size, IntFunction<T> create) {
        while (managed.size() > size) {
            managed.remove(managed.size() - 1);
        }
        while (managed.size() < size) {
            managed.add(create.apply(managed.size()));
        }
    }
}
