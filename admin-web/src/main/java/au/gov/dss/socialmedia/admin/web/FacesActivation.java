package au.gov.dss.socialmedia.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Switches on Faces 4's CDI integration (injectable {@code FacesContext}, {@code ExternalContext}). */
@FacesConfig
@ApplicationScoped
public class FacesActivation {
}
