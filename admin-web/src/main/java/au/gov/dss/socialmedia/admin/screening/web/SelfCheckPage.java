package au.gov.dss.socialmedia.admin.screening.web;

import au.gov.dss.socialmedia.admin.screening.application.SelfCheck;
import au.gov.dss.socialmedia.admin.screening.application.SelfCheckResult;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The personal-use self-check page: the draft as pasted, and the guidance once checked. Request-scoped, so nothing
 * typed outlives the request that shows the guidance; a draft that cannot be checked (empty, too long) is said
 * beside the field, what was typed kept.
 */
@Named
@RequestScoped
public class SelfCheckPage {

    @Inject
    SelfCheck selfCheck;

    private String draft;
    private SelfCheckResult result;

    /** Checks the draft and shows the guidance on the same page. */
    public void check() {
        result = CommandFeedback.run("check", () -> selfCheck.check(draft)).orElse(null);
    }

    /** @return the draft as typed */
    public String getDraft() {
        return draft;
    }

    /** @param draft the draft as typed */
    public void setDraft(String draft) {
        this.draft = draft;
    }

    /** @return the guidance, or null before a check */
    public SelfCheckResult getResult() {
        return result;
    }

    /** @return the longest draft checked */
    public int getLimit() {
        return SelfCheck.LIMIT;
    }

    /** @return how many characters may still be typed (negative when the draft is too long) */
    public int getCharactersLeft() {
        return SelfCheck.LIMIT - (draft == null ? 0 : draft.length());
    }

    /** @return the characters left, or how many too many, in words ("63,206 characters left") */
    public String getCounter() {
        int left = getCharactersLeft();
        return left >= 0 ? Messages.text("form.charactersLeft", String.format(Messages.EN_AU, "%,d", left))
                : Messages.text("selfCheck.charactersOver", String.format(Messages.EN_AU, "%,d", -left));
    }
}
