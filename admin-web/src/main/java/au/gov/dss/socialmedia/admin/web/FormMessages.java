package au.gov.dss.socialmedia.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of one form or dialog ({@code #{formMessages.of('suspendForm')}}): those added for the form itself
 * and for its fields, so that an error shows where it happened, in the dialog that stays open, not at the top of a
 * long page. The page's own region shows the messages that belong to no form.
 */
@Named
@RequestScoped
public class FormMessages {

    /** The messages of the form with this client id and of its fields. */
    public List<FacesMessage> of(String form) {
        FacesContext context = FacesContext.getCurrentInstance();
        List<FacesMessage> messages = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id != null && (id.equals(form) || id.startsWith(form + ":"))) {
                messages.addAll(context.getMessageList(id));
            }
        }
        return messages;
    }

    /** The messages that belong to no form: what the page as a whole says. */
    public List<FacesMessage> getPage() {
        return FacesContext.getCurrentInstance().getMessageList(null);
    }
}
