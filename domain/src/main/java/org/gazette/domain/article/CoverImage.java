package org.gazette.domain.article;

import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.WebAddress;

/**
 * The image shown above an article and in feeds. Alt text is part of the image, not an extra:
 * without it the page fails readers of screen readers.
 */
@Embeddable
public class CoverImage {

    @Column(name = "cover_url", length = 2000)
    private String url;

    @Column(name = "cover_alt", length = 500)
    private String alt;

    @Column(name = "cover_caption", length = 500)
    private String caption;

    protected CoverImage() {
    }

    public CoverImage(String url, String alt) {
        this(url, alt, null);
    }

    /** The caption is optional and, unlike the alt text, shown to every reader: credit, place, date. */
    public CoverImage(String url, String alt, String caption) {
        if (url == null || url.isBlank()) {
            throw new RuleViolation("A cover image needs a URL.");
        }
        String address = WebAddress.loadable(url, "cover image");
        if (alt == null || alt.isBlank()) {
            throw new RuleViolation("A cover image needs alt text that describes it.");
        }
        this.url = address;
        this.alt = alt.strip();
        this.caption = caption == null || caption.isBlank() ? null : caption.strip();
    }

    public String url() {
        return url;
    }

    public String alt() {
        return alt;
    }

    public Optional<String> caption() {
        return Optional.ofNullable(caption);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoverImage image && Objects.equals(image.url, url) && Objects.equals(image.alt, alt)
                && Objects.equals(image.caption, caption);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, alt, caption);
    }
}
