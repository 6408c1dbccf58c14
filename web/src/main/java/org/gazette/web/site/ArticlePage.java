package org.gazette.web.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.Reading;

/**
 * One article at {@code /{slug}}. A slug that names no public article answers 404, exactly like one
 * that names nothing, so drafts do not leak; a slug that an article used to have answers 301.
 */
@Named
@RequestScoped
public class ArticlePage {

    static final String SLUG_ATTRIBUTE = "org.gazette.web.site.slug";

    @Inject
    Reading reading;

    private ArticleView article;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        Object slug = context.getRequestMap().get(SLUG_ATTRIBUTE);
        article = slug == null ? null : reading.article(slug.toString()).map(ArticleView::of).orElse(null);
        if (article != null) {
            return;
        }
        Optional<String> moved = slug == null ? Optional.empty() : reading.movedTo("/" + slug);
        if (moved.isPresent()) {
            context.setResponseStatus(301);
            context.setResponseHeader("Location", moved.get());
        } else {
            context.responseSendError(404, null);
        }
        faces.responseComplete();
    }

    public ArticleView getArticle() {
        return article;
    }
}
