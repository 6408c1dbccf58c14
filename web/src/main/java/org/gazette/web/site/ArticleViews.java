package org.gazette.web.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.MediaLibrary;
import org.gazette.domain.article.ArticleTeaser;
import org.gazette.domain.article.CoverImage;
import org.gazette.domain.media.MediaAsset;

/** Makes the views of articles that pages show, with what the media library knows of their covers, asked once per page. */
@ApplicationScoped
public class ArticleViews {

    @Inject
    MediaLibrary library;

    /** Teasers as a listing shows them, their covers looked up in the media library together. */
    public List<ArticleView> of(List<ArticleTeaser> teasers) {
        Map<String, MediaAsset> covers = library.atAll(teasers.stream().flatMap(teaser -> teaser.cover().stream()).map(CoverImage::url).toList());
        return teasers.stream().map(teaser -> ArticleView.of(teaser, picture(teaser, covers), ArticleView.AuthorView.named(teaser.author())))
                .toList();
    }

    /** An article as its own page shows it, with the author's card. */
    public ArticleView of(ArticleTeaser teaser, ArticleView.AuthorView author) {
        Map<String, MediaAsset> cover = library.atAll(teaser.cover().map(CoverImage::url).stream().toList());
        return ArticleView.of(teaser, picture(teaser, cover), author);
    }

    /** For lists that show no cover (the archive, the neighbour links), without asking the media library. */
    public ArticleView withoutCover(ArticleTeaser teaser) {
        return ArticleView.of(teaser, ArticleView.Picture.UNKNOWN, ArticleView.AuthorView.named(teaser.author()));
    }

    private static ArticleView.Picture picture(ArticleTeaser teaser, Map<String, MediaAsset> covers) {
        return teaser.cover().map(CoverImage::url).flatMap(url -> Optional.ofNullable(covers.get(url)))
                .map(asset -> new ArticleView.Picture(asset.sourceSet(), asset.width(), asset.height()))
                .orElse(ArticleView.Picture.UNKNOWN);
    }
}
