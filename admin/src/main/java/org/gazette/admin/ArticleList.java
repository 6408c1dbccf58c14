package org.gazette.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.Editing;
import org.gazette.application.EditorialRights;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleStatus;

/** The editors' list of articles: every status, newest change first, filtered by status and title. */
@Named
@RequestScoped
public class ArticleList {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    Editing editing;

    @Inject
    SignedInUser user;

    private String status;
    private String search;
    private int page = 1;

    public List<Row> getRows() {
        Optional<ArticleStatus> only = Arrays.stream(ArticleStatus.values()).filter(candidate -> candidate.name().equals(status)).findFirst();
        return editing.list(only, search, page, PAGE_SIZE).stream().map(this::row).toList();
    }

    private Row row(Article article) {
        return new Row(article.id(), article.title(), article.status().name().toLowerCase(), article.author().name(),
                article.owner().orElse("—"), CHANGED.format(article.updatedAt()),
                EditorialRights.mayEdit(user.actor(), article), article.isPublic() ? "/" + article.slug().value() : null);
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    /** One article as the list shows it. */
    public record Row(String id, String title, String status, String author, String owner, String changed, boolean editable,
            String publicPath) {
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
