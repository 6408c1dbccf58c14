package org.gazette.admin;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Ends an editor's session; a Faces form posts here, so the view state guards it against CSRF. */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws ServletException, IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        context.redirect(context.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
