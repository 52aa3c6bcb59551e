package au.gov.dss.socialmedia.admin.web;

import java.io.Serializable;
import java.util.Optional;

/**
 * What every page of one thing (an account, an authorisation, an initiative, an employee, a user, a record) shares:
 * the thing named by the address ({@code ?id=}), read once per view, or 404 when there is none; and its actions,
 * each run from its dialog, which on success says what was done and shows the page again at its address.
 *
 * @param <D> what the page shows
 */
public abstract class DetailPage<D> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String page;
    private String id;
    private D detail;

    /** A page of one thing, at the page's address ({@code /app/account}). */
    protected DetailPage(String page) {
        this.page = page;
    }

    /** The thing with the id, if there is one the reader may see. */
    protected abstract Optional<D> find(String id);

    /** Starts the page's forms from what is shown (nothing by default). */
    protected void loaded(D shown) {
    }

    /** Reads the thing named by the address; answers 404 when there is none. */
    public void load() {
        detail = id == null || id.isBlank() ? null : find(id).orElse(null);
        if (detail == null) {
            Pages.notFound();
            return;
        }
        loaded(detail);
    }

    /**
     * Runs an action from its dialog: on success, says so (the message's arguments) and shows the page again; on a
     * refusal, the message shows in the dialog, which stays open with what was typed.
     *
     * @param form the dialog's form
     * @param action the command
     * @param doneKey the message that says it was done
     * @param arguments the message's arguments
     * @return where to go: the page again, or null to stay
     */
    protected String act(String form, Runnable action, String doneKey, Object... arguments) {
        if (!CommandFeedback.attempt(form, action)) {
            return null;
        }
        Messages.info(doneKey, arguments);
        return Pages.to(page, id);
    }

    /** What the page shows (null when there is nothing). */
    public D getDetail() {
        return detail;
    }

    /** The thing's id, from the address. @return it */
    public String getId() {
        return id;
    }

    /** Sets the thing's id. @param id it */
    public void setId(String id) {
        this.id = id;
    }
}
