package org.gazette.http;

import java.util.List;

import org.gazette.domain.article.PublicListing;
import org.gazette.domain.article.PublicationSpan;

/**
 * What a cached document shows of the public listings, so that a change drops exactly the documents
 * it alters ({@link PublicChanges#alter}). Site-wide changes drop every document whatever it shows.
 */
public record Dependencies(List<Stretch> stretches) {

    /** The request attribute under which a page tells the page cache what it showed. */
    public static final String ATTRIBUTE = Dependencies.class.getName();

    /** For a document that says nothing of what it shows: any change of any public article alters it. */
    public static final Dependencies ANY_ARTICLE = of(Stretch.showing(PublicListing.EVERYTHING, PublicationSpan.WHOLE));

    public Dependencies {
        stretches = List.copyOf(stretches);
    }

    public static Dependencies of(Stretch... stretches) {
        return new Dependencies(List.of(stretches));
    }

    /**
     * A stretch of a listing that a document depends on: either everything the articles in it show
     * ({@code content}), or only which articles are in it and in what order, as counts and parts do.
     */
    public record Stretch(PublicListing listing, PublicationSpan reach, boolean content) {

        /** The document shows the articles of this stretch. */
        public static Stretch showing(PublicListing listing, PublicationSpan reach) {
            return new Stretch(listing, reach, true);
        }

        /** The document changes only when articles join, leave or move within this stretch. */
        public static Stretch membership(PublicListing listing, PublicationSpan reach) {
            return new Stretch(listing, reach, false);
        }
    }
}
