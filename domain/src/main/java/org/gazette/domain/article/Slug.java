package org.gazette.domain.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.domain.RuleViolation;

/**
 * The last path segment of an article's URL. A slug that exists is valid: lower-case letters and
 * digits of any script, separated by single hyphens.
 */
public final class Slug {

    public static final int MAX_LENGTH = 200;

    /** Payara Server's own health and metrics endpoints, which it answers at {@code /health/} and {@code /metrics/}. */
    public static final Set<String> SERVER_ENDPOINTS = Set.of("health", "metrics");

    /** First path segments the site itself (or its server) answers, so no article may take them as its slug. */
    public static final Set<String> SITE_SECTIONS = Set.of(
            "admin", "archive", "assets", "authors", "feed", "health", "media", "metrics", "preview", "static", "tags", "webjars");

    private static final Pattern VALID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}]+(-[\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> LETTERS_WITHOUT_DECOMPOSITION = Map.of(
            "ß", "ss", "æ", "ae", "ø", "o", "œ", "oe", "ł", "l", "đ", "d", "þ", "th", "ð", "d", "ı", "i");

    private final String value;

    public Slug(String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("A slug is required.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new RuleViolation("The slug is longer than " + MAX_LENGTH + " characters.");
        }
        if (!VALID.matcher(value).matches()) {
            throw new RuleViolation("The slug '" + value
                    + "' may contain only lower-case letters, digits and single hyphens between them.");
        }
        this.value = value;
    }

    /**
     * Derives a readable slug from a title: accents are dropped, Latin ligatures spelled out, letters
     * of other scripts kept, and everything else becomes a hyphen.
     */
    public static Slug fromTitle(String title) {
        String lower = Objects.requireNonNullElse(title, "").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : LETTERS_WITHOUT_DECOMPOSITION.entrySet()) {
            lower = lower.replace(letter.getKey(), letter.getValue());
        }
        String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        String hyphenated = trimHyphens(SEPARATORS.matcher(withoutAccents).replaceAll("-"));
        if (hyphenated.isEmpty()) {
            throw new RuleViolation("The title '" + title + "' has no letters or digits to make a slug from; enter a slug.");
        }
        return new Slug(shorten(hyphenated, MAX_LENGTH));
    }

    /** Whether an article with this slug would hide a section of the site, such as {@code /archive}. */
    public boolean namesSiteSection() {
        return SITE_SECTIONS.contains(value);
    }

    /** The same slug with a numeric suffix, used when the plain one is already taken. */
    public Slug withSuffix(int number) {
        String suffix = "-" + number;
        return new Slug(shorten(value, MAX_LENGTH - suffix.length()) + suffix);
    }

    private static String shorten(String slug, int maxLength) {
        if (slug.length() <= maxLength) {
            return slug;
        }
        String cut = slug.substring(0, maxLength);
        int lastHyphen = cut.lastIndexOf('-');
        return trimHyphens(lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut);
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Slug slug && slug.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
