package org.gazette.admin;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Ends an editor's session; a Faces form posts here, so the view state guards it against CSRF. */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws ServletException, IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        end((HttpServletRequest) context.getRequest());
        context.redirect(context.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    /** Signs the user out and drops their session, unless another request of theirs already did. */
    static void end(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // Ended between the two lines by a parallel request of the same browser; the outcome is the same.
            }
        }
    }
}
