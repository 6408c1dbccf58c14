package org.gazette.web.site;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.Reading;

/** The home page: the newest public articles, a page at a time. */
@Named
@RequestScoped
public class HomePage {

    static final int PAGE_SIZE = 10;

    @Inject
    Reading reading;

    @Inject
    ArticleViews views;

    private int page = 1;
    private List<ArticleView> articles;

    /** A page number past the last page is a page that does not exist: 404, not an empty list. */
    public void load() throws IOException {
        page = Math.max(1, page);
        articles = reading.newest(page, PAGE_SIZE).stream().map(views::of).toList();
        if (articles.isEmpty() && page > 1) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public List<ArticleView> getArticles() {
        return articles;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public boolean isHasNewer() {
        return page > 1;
    }

    public boolean isHasOlder() {
        return (long) page * PAGE_SIZE < reading.publicCount();
    }
}
