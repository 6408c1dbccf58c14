package org.gazette.web.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.Reading;

/** Everything ever published, newest first, grouped by year: {@code /archive}. */
@Named
@RequestScoped
public class ArchivePage {

    @Inject
    Reading reading;

    @Inject
    ArticleViews views;

    private List<Year> years;

    public void load() {
        Map<Integer, List<ArticleView>> byYear = reading.everything().stream().map(views::withoutCover)
                .collect(Collectors.groupingBy(ArticleView::publishedYear, () -> new TreeMap<>(Comparator.reverseOrder()), Collectors.toList()));
        years = byYear.entrySet().stream().map(year -> new Year(year.getKey(), year.getValue())).toList();
    }

    public List<Year> getYears() {
        return years;
    }

    /** One year's articles, newest first. */
    public record Year(int year, List<ArticleView> articles) {
    }
}
