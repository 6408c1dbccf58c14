package org.gazette.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The one place admin screens turn outcomes into messages for the user. */
final class Messages {

    private Messages() {
    }

    static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
