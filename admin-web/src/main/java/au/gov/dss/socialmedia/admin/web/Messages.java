package au.gov.dss.socialmedia.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Message texts from the resource bundle ({@code messages}, en-AU), and showing them on the page. */
public final class Messages {

    /** The locale of every text of the app. */
    public static final Locale EN_AU = Locale.forLanguageTag("en-AU");
    /** The resource bundle of the app's texts. */
    public static final String BUNDLE = "au.gov.dss.socialmedia.admin.web.messages";

    private Messages() {
    }

    /** The text for the key, with its arguments filled in. */
    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, EN_AU).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, EN_AU).format(arguments);
    }

    /** The text for the key, or null when the bundle has none. */
    public static String textOrNull(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, EN_AU).getString(key);
        } catch (MissingResourceException none) {
            return null;
        }
    }

    /** Shows an information message for the whole page, kept across a redirect. */
    public static void info(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), ""));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Shows an error for the whole page with the given text (for example a refusal's reason) under a summary key. */
    public static void error(String summaryKey, String detail) {
        error(null, summaryKey, detail);
    }

    /**
     * Shows an error where it happened: on the component (a form, a dialog's form, a field) with this client id, or
     * on the page when it is null. The form shows it in its own message region ({@code formMessages}).
     */
    public static void error(String clientId, String summaryKey, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(summaryKey), detail));
    }
}
