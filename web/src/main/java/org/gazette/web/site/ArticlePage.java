package org.gazette.web.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.MediaLibrary;
import org.gazette.application.PreviewSharing;
import org.gazette.application.Reading;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.ArticleTeaser;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicationSpan;
import org.gazette.domain.text.ReadableBody;
import org.gazette.http.Dependencies.Stretch;
import org.gazette.http.MissingDocument;

/**
 * One article at {@code /{slug}}. A slug that names no public article answers 404, exactly like one
 * that names nothing, so drafts do not leak; a slug that an article used to have answers 301.
 */
@Named
@RequestScoped
public class ArticlePage {

    static final String SLUG_ATTRIBUTE = "org.gazette.web.site.slug";
    static final String PREVIEW_ATTRIBUTE = "org.gazette.web.site.preview";

    @Inject
    Reading reading;

    @Inject
    PreviewSharing previews;

    @Inject
    MediaLibrary library;

    @Inject
    ArticleViews views;

    @Inject
    PublicSite site;

    private boolean preview;
    private boolean page;
    private ArticleView article;
    private String body;
    private ArticleView older;
    private ArticleView newer;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        Object slug = context.getRequestMap().get(SLUG_ATTRIBUTE);
        Object previewToken = context.getRequestMap().get(PREVIEW_ATTRIBUTE);
        preview = previewToken != null;
        Optional<Article> found;
        if (preview) {
            // Private: kept by no cache, listed by no search engine, and its secret address sent to no other site.
            context.setResponseHeader("Cache-Control", "private, no-store");
            context.setResponseHeader("X-Robots-Tag", "noindex");
            context.setResponseHeader("Referrer-Policy", "no-referrer");
            PreviewSharing.Preview shown = previews.open(previewToken.toString());
            if (shown.publishedAt().isPresent()) {
                context.redirect(shown.publishedAt().get());
                return;
            }
            found = shown.article();
        } else {
            found = slug == null ? Optional.empty() : reading.article(slug.toString());
        }
        if (found.isPresent()) {
            show(found.get());
            return;
        }
        MissingDocument.answer((HttpServletResponse) context.getResponse(),
                slug == null ? Optional.empty() : reading.movedTo("/" + slug));
        faces.responseComplete();
    }

    private void show(Article found) {
        ArticleTeaser teaser = ArticleTeaser.of(found);
        article = views.of(teaser, ArticleView.AuthorView.of(found.author()));
        body = ReadableBody.of(found.bodyHtml(), library::at);
        page = found.kind() == ArticleKind.PAGE;
        if (page) {
            // A page stands outside the listings: no neighbours in time, and only changes to pages touch it.
            PageDependencies.record(Stretch.showing(PublicListing.PAGES, PublicationSpan.WHOLE));
            return;
        }
        Reading.Neighbours neighbours = reading.neighboursOf(teaser);
        older = neighbours.older().map(views::withoutCover).orElse(null);
        newer = neighbours.newer().map(views::withoutCover).orElse(null);
        PageDependencies.record(Stretch.showing(PublicListing.EVERYTHING, neighbours.reach()));
    }

    /** A page shows no date, reading time, tags or neighbours: it is not one of the articles in time. */
    public boolean isPage() {
        return page;
    }

    /** The width images take in the article column, for the cover as for the body's images. */
    public String getImageSizes() {
        return ReadableBody.IMAGE_SIZES;
    }

    public boolean isPreview() {
        return preview;
    }

    public ArticleView getArticle() {
        return article;
    }

    public String getBody() {
        return body;
    }

    /** Only pages with code load the highlighter. */
    public boolean isHasCode() {
        return body.contains("<pre");
    }

    public ArticleView getOlder() {
        return older;
    }

    public ArticleView getNewer() {
        return newer;
    }

    public String getStructuredData() {
        return StructuredData.of(article, page, site);
    }
}
