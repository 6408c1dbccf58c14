package org.gazette.web.site;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.Reading;
import org.gazette.domain.article.Article;
import org.gazette.http.MissingDocument;

/**
 * The public articles under one tag ({@code /tags/{slug}}) or by one author ({@code /authors/{slug}}).
 * A tag or author with nothing public answers 404.
 */
@Named
@RequestScoped
public class ListingPage {

    static final int LENGTH = 50;

    @Inject
    Reading reading;

    @Inject
    ArticleViews views;

    private String slug;
    private String title;
    private String feedPath;
    private List<ArticleView> articles = List.of();
    private ArticleView.AuthorView author;

    public void loadTag() throws IOException {
        load(slug -> reading.newestTagged(slug, LENGTH), newest -> newest.tags().stream()
                .filter(tag -> tag.slug().value().equals(slug)).map(tag -> tag.name()).findFirst().orElse(slug), "tags");
    }

    public void loadAuthor() throws IOException {
        load(slug -> reading.newestBy(slug, LENGTH), newest -> newest.author().name(), "authors");
        author = articles.isEmpty() ? null : articles.get(0).author();
    }

    private void load(Function<String, List<Article>> query, Function<Article, String> name, String section) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        slug = String.valueOf(context.getRequestMap().get(ArticlePage.SLUG_ATTRIBUTE));
        List<Article> found = query.apply(slug);
        if (found.isEmpty()) {
            MissingDocument.answer((HttpServletResponse) context.getResponse(), reading.movedTo("/" + section + "/" + slug));
            faces.responseComplete();
            return;
        }
        title = name.apply(found.get(0));
        articles = found.stream().map(views::of).toList();
        feedPath = "/feed/" + section + "/" + slug + "/rss.xml";
    }

    public String getTitle() {
        return title;
    }

    public List<ArticleView> getArticles() {
        return articles;
    }

    /** Who wrote the articles of an author's listing, for the card at its top. */
    public ArticleView.AuthorView getAuthor() {
        return author;
    }

    public String getFeedPath() {
        return feedPath;
    }
}
