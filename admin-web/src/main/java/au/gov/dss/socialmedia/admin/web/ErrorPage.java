package au.gov.dss.socialmedia.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.primefaces.application.exceptionhandler.ExceptionInfo;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The friendly error page: a reference id the user can quote, while the details (exception and stack trace) go to
 * the log under the same reference, never to the user.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    FacesContext faces;

    private String reference;

    /** The HTTP status of the error (403 when the role does not give access, 404 when nothing is there). */
    public int getStatus() {
        Object status = faces.getExternalContext().getRequestMap().get("jakarta.servlet.error.status_code");
        return status instanceof Integer code ? code : 500;
    }

    /** The reference of this error, logged with its details. */
    public String getReference() {
        if (reference == null) {
            reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            var request = faces.getExternalContext().getRequestMap();
            Object error = request.get("jakarta.servlet.error.exception");
            if (error == null && request.get("pfExceptionHandler") instanceof ExceptionInfo info) {
                error = info.getException();
            }
            Object uri = request.get("jakarta.servlet.error.request_uri");
            if (error instanceof Throwable throwable) {
                LOG.log(Level.SEVERE, "Error reference " + reference + " on " + uri, throwable);
            } else {
                LOG.info(() -> "Error reference " + reference + ": status " + request.get(
                        "jakarta.servlet.error.status_code") + " for " + uri);
            }
        }
        return reference;
    }
}
