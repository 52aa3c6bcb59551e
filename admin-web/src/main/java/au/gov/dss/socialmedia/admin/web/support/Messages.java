package au.gov.dss.socialmedia.admin.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Message texts from the resource bundle ({@code messages}, en-AU), and showing them on the page. */
public final class Messages {

    /** The locale of every text of the app. */
    public static final Locale EN_AU = Locale.forLanguageTag("en-AU");

    private Messages() {
    }

    /** The text for the key, with its arguments filled in. */
    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("au.gov.dss.socialmedia.admin.web.messages", EN_AU).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, EN_AU).format(arguments);
    }

    /** Shows an information message for the key, kept across a redirect. */
    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments), "");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Shows an error message with the given text (for example a refusal's reason) under a summary key. */
    public static void error(String summaryKey, String detail) {
        add(FacesMessage.SEVERITY_ERROR, text(summaryKey), detail);
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, summary, detail));
    }
}
