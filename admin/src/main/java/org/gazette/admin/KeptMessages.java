package org.gazette.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Carries the messages of an action that redirects over to the page it redirects to, in the
 * session. Faces' own flash would do it, but Mojarra keeps the flash in one server's memory, so
 * the next page, served by another server of a cluster, would fail on it.
 */
public class KeptMessages implements PhaseListener {

    private static final String KEPT = KeptMessages.class.getName();
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.INVOKE_APPLICATION && faces.getResponseComplete() && !faces.getMessageList().isEmpty()) {
            faces.getExternalContext().getSessionMap().put(KEPT, new ArrayList<>(faces.getMessageList()));
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        // Never a session for a visitor who has none (the sign-in page).
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE || faces.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<FacesMessage> kept = (List<FacesMessage>) session.remove(KEPT);
        if (kept != null) {
            kept.forEach(message -> faces.addMessage(null, message));
        }
    }
}
