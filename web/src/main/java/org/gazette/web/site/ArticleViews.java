package org.gazette.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.MediaLibrary;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.CoverImage;

/** Makes the views of articles that pages show, with what the media library knows of their covers. */
@ApplicationScoped
public class ArticleViews {

    @Inject
    MediaLibrary library;

    public ArticleView of(Article article) {
        ArticleView.Picture cover = article.cover().map(CoverImage::url).flatMap(library::at)
                .map(asset -> new ArticleView.Picture(asset.sourceSet(), asset.width(), asset.height()))
                .orElse(ArticleView.Picture.UNKNOWN);
        return ArticleView.of(article, cover);
    }

    /** For lists that show no cover (the archive, the neighbour links), without asking the media library. */
    public ArticleView withoutCover(Article article) {
        return ArticleView.of(article, ArticleView.Picture.UNKNOWN);
    }
}
