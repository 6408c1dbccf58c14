package org.gazette.web.site;

import jakarta.faces.context.FacesContext;

import org.gazette.http.Dependencies;

/** Tells the page cache what the page being rendered shows, so that only changes to that drop it. */
final class PageDependencies {

    private PageDependencies() {
    }

    static void record(Dependencies.Stretch... shown) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(Dependencies.ATTRIBUTE, Dependencies.of(shown));
    }
}
