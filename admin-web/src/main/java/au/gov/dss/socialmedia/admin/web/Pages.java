package au.gov.dss.socialmedia.admin.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/** What the pages do alike: answer "not found", go to a page after an action, reset a list, name an export. */
public final class Pages {

    private Pages() {
    }

    /** Answers 404 for a thing that does not exist (or that the reader may not know exists). */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, "not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** The outcome that redirects to a thing's page, e.g. {@code to("/app/account", id)}. */
    public static String to(String page, String id) {
        return page + "?faces-redirect=true&id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** Shows the list's first page again, after its filter changed. */
    public static void resetList(String tableClientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.reset();
        }
    }

    /** Writes the list's filter into the address bar (empty values left out), so the address names what is shown. */
    public static void showInAddress(Map<String, String> filter) {
        String json = filter.entrySet().stream().filter(entry -> entry.getValue() != null
                        && !entry.getValue().isBlank())
                .map(entry -> quote(entry.getKey()) + ":" + quote(entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        PrimeFaces.current().executeScript("App.showFilterInAddress(" + json + ");");
    }


    /** The name of an export file: the list's name and the clock's date, e.g. {@code accounts-2026-12-07.csv}. */
    public static String exportName(String list, Clock clock) {
        return list + "-" + LocalDate.ofInstant(clock.instant(), clock.getZone()) + ".csv";
    }

    /** The request's external context. */
    public static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
