package org.gazette.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.AuthorProfiles;
import org.gazette.application.Editing;
import org.gazette.application.TagCatalogue;
import org.gazette.domain.article.ArticleRepository.EditorsFilter;
import org.gazette.domain.article.ArticleRepository.EditorsOrder;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.EditorsRow;
import org.gazette.domain.author.Author;
import org.gazette.domain.tag.Tag;

/** The editors' list of articles: every status, newest change first, filtered by status, title, tag and author. */
@Named
@RequestScoped
public class ArticleList {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    Editing editing;

    @Inject
    TagCatalogue tags;

    @Inject
    AuthorProfiles authors;

    private String status;
    private String search;
    private String tag;
    private String author;
    private String sort;
    private int page = 1;

    private List<Row> rows;
    private boolean hasMore;
    private List<Tag> tagList;
    private List<Author> authorList;

    /** One page of rows; one more is fetched only to know whether a next page exists. */
    public List<Row> getRows() {
        if (rows == null) {
            Optional<ArticleStatus> only = Arrays.stream(ArticleStatus.values()).filter(candidate -> candidate.name().equals(status)).findFirst();
            EditorsOrder order = Arrays.stream(EditorsOrder.values()).filter(candidate -> candidate.name().equals(sort)).findFirst()
                    .orElse(EditorsOrder.RECENTLY_CHANGED);
            List<EditorsRow> found = editing.list(new EditorsFilter(only, search, tag, author), order, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            hasMore = found.size() > PAGE_SIZE;
            rows = found.stream().limit(PAGE_SIZE).map(this::row).toList();
        }
        return rows;
    }

    public boolean isHasMore() {
        getRows();
        return hasMore;
    }

    /** The same list, another page: the filters and order stay. */
    public String pageLink(int otherPage) {
        return "?" + QueryString.of("status", status, "q", search, "tag", tag, "author", author, "sort", sort) + "&page=" + otherPage;
    }

    public EditorsOrder[] getOrders() {
        return EditorsOrder.values();
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    private Row row(EditorsRow article) {
        return new Row(article.id(), article.title(), article.status().name().toLowerCase(), article.authorName(),
                article.owner().orElse("—"), CHANGED.format(article.updatedAt()), article.isPublic() ? "/" + article.slug().value() : null,
                article.kind() == ArticleKind.PAGE);
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    /** One article as the list shows it. */
    public record Row(String id, String title, String status, String author, String owner, String changed, String publicPath, boolean page) {
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

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public List<Tag> getTags() {
        if (tagList == null) {
            tagList = tags.names();
        }
        return tagList;
    }

    public List<Author> getAuthors() {
        if (authorList == null) {
            authorList = authors.all();
        }
        return authorList;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
