package org.gazette.web.site;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The schema.org {@code BlogPosting} that search engines read from an article page, as JSON that is
 * safe inside a {@code <script>} element.
 */
final class StructuredData {

    private StructuredData() {
    }

    /** A post as a {@code BlogPosting}, a page as a {@code WebPage}. */
    static String of(ArticleView article, boolean page, PublicSite site) {
        JsonObjectBuilder author = Json.createObjectBuilder()
                .add("@type", "Person")
                .add("name", article.author().name())
                .add("url", site.absolute(article.author().path()));
        if (!article.author().links().isEmpty()) {
            JsonArrayBuilder sameAs = Json.createArrayBuilder();
            article.author().links().forEach(link -> sameAs.add(link.url()));
            author.add("sameAs", sameAs);
        }
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        article.tags().forEach(tag -> keywords.add(tag.name()));
        JsonObjectBuilder posting = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", page ? "WebPage" : "BlogPosting")
                .add("headline", article.title())
                .add("description", article.summary())
                .add("url", site.absolute(article.path()))
                .add("mainEntityOfPage", site.absolute(article.path()))
                .add("datePublished", article.publishedIso())
                .add("dateModified", article.publishedIso())
                .add("author", author)
                .add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", site.getTitle()))
                .add("keywords", keywords);
        if (article.hasCover()) {
            posting.add("image", site.absolute(article.coverUrl()));
        }
        // "</script>" inside a string would end the element; \u003c is the same character to a JSON reader.
        return posting.build().toString().replace("<", "\\u003c");
    }
}
