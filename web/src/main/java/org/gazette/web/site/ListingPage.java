package org.gazette.web.site;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.AuthorProfiles;
import org.gazette.application.PageOfListing;
import org.gazette.application.Reading;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.ArticleTeaser;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.Slug;
import org.gazette.http.Dependencies.Stretch;
import org.gazette.http.MissingDocument;

/**
 * The public articles under one tag ({@code /tags/{slug}}) or by one author ({@code /authors/{slug}}),
 * a page at a time. A tag or author with nothing public answers 404.
 */
@Named
@RequestScoped
public class ListingPage {

    static final int PAGE_SIZE = 20;

    @Inject
    Reading reading;

    @Inject
    AuthorProfiles authors;

    @Inject
    ArticleViews views;

    private String before;
    private String title;
    private String feedPath;
    private List<ArticleView> articles = List.of();
    private Pagination pagination;
    private ArticleView.AuthorView author;

    public void loadTag() throws IOException {
        load("tags", PublicListing::tagged, (slug, newest) -> newest.tags().stream()
                .filter(tag -> tag.slug().equals(slug)).map(ArticleTeaser.Label::name).findFirst().orElse(slug.value()));
    }

    public void loadAuthor() throws IOException {
        if (load("authors", PublicListing::by, (slug, newest) -> newest.author().name())) {
            author = authors.find(new Slug(currentSlug())).map(ArticleView.AuthorView::of).orElse(null);
        }
    }

    private boolean load(String section, Function<Slug, PublicListing> listing,
            BiFunction<Slug, ArticleTeaser, String> name) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        String slug = currentSlug();
        String path = "/" + section + "/" + slug;
        Optional<Slug> valid = slug(slug);
        Optional<PageOfListing> found = valid.flatMap(named -> reading.page(listing.apply(named), before, PAGE_SIZE));
        if (found.isEmpty() || found.get().isEmpty()) {
            MissingDocument.answer((HttpServletResponse) context.getResponse(), before == null ? reading.movedTo(path) : Optional.empty());
            faces.responseComplete();
            return false;
        }
        title = name.apply(valid.get(), found.get().articles().get(0));
        articles = views.of(found.get().articles());
        pagination = Pagination.of(path, found.get());
        feedPath = "/feed" + path + "/rss.xml";
        PageDependencies.record(Stretch.showing(listing.apply(valid.get()), found.get().reach()));
        return true;
    }

    private static String currentSlug() {
        return String.valueOf(FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ArticlePage.SLUG_ATTRIBUTE));
    }

    private static Optional<Slug> slug(String text) {
        try {
            return Optional.of(new Slug(text));
        } catch (RuleViolation notASlug) {
            return Optional.empty();
        }
    }

    public String getTitle() {
        return title;
    }

    public List<ArticleView> getArticles() {
        return articles;
    }

    public Pagination getPagination() {
        return pagination;
    }

    /** Who wrote the articles of an author's listing, for the card at its top. */
    public ArticleView.AuthorView getAuthor() {
        return author;
    }

    public String getFeedPath() {
        return feedPath;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }
}
