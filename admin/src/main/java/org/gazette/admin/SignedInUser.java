package org.gazette.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.gazette.application.Actor;
import org.gazette.domain.user.Role;
import org.gazette.http.Callers;

/** The user behind the current request, as the services see them: their name and their highest role. */
@Named
@RequestScoped
public class SignedInUser {

    @Inject
    HttpServletRequest request;

    @Inject
    Callers callers;

    private Actor actor;

    @PostConstruct
    void read() {
        actor = callers.of(request).orElseThrow(() -> new IllegalStateException("The admin is only reachable with a role; "
                        + request.getRemoteUser() + " has none at " + request.getRequestURI() + "."));
    }

    public Actor actor() {
        return actor;
    }

    public String getName() {
        return actor.username();
    }

    public boolean isAuthor() {
        return actor.is(Role.AUTHOR);
    }

    public boolean isEditor() {
        return actor.is(Role.EDITOR);
    }

    public boolean isAdmin() {
        return actor.is(Role.ADMIN);
    }
}
