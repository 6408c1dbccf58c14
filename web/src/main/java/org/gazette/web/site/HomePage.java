package org.gazette.web.site;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.PageOfListing;
import org.gazette.application.Reading;
import org.gazette.domain.article.PublicListing;
import org.gazette.http.Dependencies.Stretch;

/** The home page: the newest public articles, a page at a time, each page continuing after the last article of the one before. */
@Named
@RequestScoped
public class HomePage {

    static final int PAGE_SIZE = 10;

    @Inject
    Reading reading;

    @Inject
    ArticleViews views;

    private String before;
    private String page;
    private List<ArticleView> articles;
    private Pagination pagination;

    /** A page that continues after an article that is not public does not exist: 404, not an empty list. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        if (page != null) {
            // Pages used to be numbered; their numbers shift with every article, so old links start from the newest.
            context.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            context.setResponseHeader("Location", "/");
            faces.responseComplete();
            return;
        }
        Optional<PageOfListing> found = reading.page(PublicListing.EVERYTHING, before, PAGE_SIZE);
        if (found.isEmpty() || found.get().isEmpty() && before != null) {
            context.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        articles = views.of(found.get().articles());
        pagination = Pagination.of("/", found.get());
        PageDependencies.record(Stretch.showing(PublicListing.EVERYTHING, found.get().reach()));
    }

    public List<ArticleView> getArticles() {
        return articles;
    }

    public Pagination getPagination() {
        return pagination;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
