package org.gazette.web.site;

import java.io.IOException;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.PageOfListing;
import org.gazette.application.Reading;
import org.gazette.domain.article.ArchiveMonth;
import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicationSpan;
import org.gazette.http.Dependencies.Stretch;

/**
 * The archive: {@code /archive} lists the years with their months and how many articles each has;
 * {@code /archive/{year}} and {@code /archive/{year}/{month}} list their articles, newest first, a page
 * of at most {@value #PAGE_SIZE} at a time, so no page grows with the site.
 */
@Named
@RequestScoped
public class ArchivePage {

    static final String YEAR_ATTRIBUTE = "org.gazette.web.site.archive.year";
    static final String MONTH_ATTRIBUTE = "org.gazette.web.site.archive.month";
    static final int PAGE_SIZE = 200;

    @Inject
    Reading reading;

    @Inject
    ArticleViews views;

    private String before;
    private String heading;
    private List<YearSummary> years = List.of();
    private List<MonthArticles> months = List.of();
    private Pagination pagination;

    public void load() throws IOException {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object year = request.get(YEAR_ATTRIBUTE);
        if (year == null) {
            years = summary(reading.archiveMonths());
            PageDependencies.record(Stretch.membership(PublicListing.EVERYTHING, PublicationSpan.WHOLE));
            return;
        }
        Object month = request.get(MONTH_ATTRIBUTE);
        PublicListing period = period(Integer.parseInt(year.toString()), month);
        Optional<PageOfListing> found = reading.page(period, before, PAGE_SIZE);
        if (found.isEmpty() || found.get().isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        heading = month == null ? year.toString() : monthName(YearMonth.of(Integer.parseInt(year.toString()), Integer.parseInt(month.toString())));
        months = byMonth(found.get());
        pagination = Pagination.of(path(year, month), found.get());
        PageDependencies.record(Stretch.showing(period, found.get().reach()));
    }

    /** The year, or the month of it; the address filter lets only months 01 to 12 through. */
    private static PublicListing period(int year, Object month) {
        return month == null ? PublicListing.publishedIn(Year.of(year))
                : PublicListing.publishedIn(YearMonth.of(year, Integer.parseInt(month.toString())));
    }

    private static String path(Object year, Object month) {
        return "/archive/" + year + (month == null ? "" : "/" + month);
    }

    private List<MonthArticles> byMonth(PageOfListing page) {
        Map<YearMonth, List<ArticleView>> grouped = new LinkedHashMap<>();
        page.articles().forEach(teaser -> grouped.computeIfAbsent(YearMonth.from(teaser.publishedAt().atZone(ZoneOffset.UTC)),
                unused -> new ArrayList<>()).add(views.withoutCover(teaser)));
        return grouped.entrySet().stream().map(entry -> new MonthArticles(monthName(entry.getKey()), anchor(entry.getKey()), entry.getValue()))
                .toList();
    }

    private static List<YearSummary> summary(List<ArchiveMonth> archive) {
        Map<Integer, List<MonthLink>> byYear = new LinkedHashMap<>();
        archive.forEach(month -> byYear.computeIfAbsent(month.month().getYear(), unused -> new ArrayList<>())
                .add(new MonthLink(monthName(month.month()), "/archive/" + month.month().getYear() + "/" + twoDigits(month.month()),
                        month.articles())));
        return byYear.entrySet().stream().map(year -> new YearSummary(year.getKey(), "/archive/" + year.getKey(),
                year.getValue().stream().mapToLong(MonthLink::articles).sum(), year.getValue())).toList();
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    /** The id of a month's heading on a year's page, such as {@code month-2025-03}. */
    private static String anchor(YearMonth month) {
        return "month-" + month.getYear() + "-" + twoDigits(month);
    }

    private static String twoDigits(YearMonth month) {
        return String.format(Locale.ROOT, "%02d", month.getMonthValue());
    }

    /** Whether this is the index of years rather than a year's or a month's articles. */
    public boolean isIndex() {
        return heading == null;
    }

    public String getHeading() {
        return heading;
    }

    public List<YearSummary> getYears() {
        return years;
    }

    public List<MonthArticles> getMonths() {
        return months;
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

    /** A year of the index: its page, how many articles it has, and its months. */
    public record YearSummary(int year, String path, long articles, List<MonthLink> months) {
    }

    /** A month of the index: its name, its page and how many articles appeared in it. */
    public record MonthLink(String name, String path, long articles) {
    }

    /** The articles of one month on a year's or month's page. */
    public record MonthArticles(String name, String id, List<ArticleView> articles) {
    }
}
