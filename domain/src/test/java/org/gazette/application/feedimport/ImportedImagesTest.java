package org.gazette.application.feedimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gazette.application.Actor;
import org.gazette.application.MediaLibrary;
import org.gazette.application.feedimport.ImportReport.ImageOutcome;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.media.TestImages;
import org.gazette.domain.user.Role;

/** Which images of imported items are copied, how often they are fetched, and how the items then show them. */
class ImportedImagesTest {

    private static final Actor EDITOR = new Actor("ed", Role.EDITOR, "192.0.2.1");
    private static final String COVER = "https://old.example/cover.png";
    private static final String FIGURE = "https://old.example/figure.png";
    private static final String GONE = "https://old.example/gone.png";

    /** A library that keeps what it is given, by source address. */
    private static final class Library extends MediaLibrary {

        final Map<String, MediaAsset> copies = new HashMap<>();
        final List<String> alts = new ArrayList<>();

        @Override
        public int uploadLimitBytes() {
            return 1024 * 1024;
        }

        @Override
        public MediaAsset copy(String sourceUrl, byte[] bytes, String alt, Actor actor) {
            MediaAsset asset = MediaAsset.copiedFrom(sourceUrl, bytes, alt, actor.username(), Instant.EPOCH).asset();
            copies.put(sourceUrl, asset);
            alts.add(alt);
            return asset;
        }

        @Override
        public Map<String, MediaAsset> copiesOf(Collection<String> sourceUrls) {
            Map<String, MediaAsset> found = new HashMap<>(copies);
            found.keySet().retainAll(sourceUrls);
            return found;
        }
    }

    private final Library library = new Library();
    private final List<String> fetched = new ArrayList<>();

    private ImportedImages images() {
        ImportedImages images = new ImportedImages();
        images.library = library;
        images.remote = (address, limit) -> {
            fetched.add(address);
            if (address.equals(GONE)) {
                throw new RuleViolation("The old site answered 404 for it.");
            }
            return TestImages.drawn(30, 20, "png");
        };
        return images;
    }

    private static ImportedFeed.Item item(String title, String cover, String body) {
        return new ImportedFeed.Item("urn:" + title, "https://old.example/" + title, title, null, Instant.EPOCH, "Ann", List.of(), body, cover);
    }

    @Test
    void copiedImagesAreShownFromTheLibraryAndEachIsFetchedOnceWhateverShowsIt() {
        ImportedImages.Copying copying = images().forImport(true, EDITOR);

        List<ImportedFeed.Item> chunk = copying.apply(List.of(
                item("one", COVER, "<p>Text</p><img src=\"" + FIGURE + "\" srcset=\"" + FIGURE + " 2x\" alt=\"A figure\"><img src=\"/local.png\" alt=\"\">"),
                item("two", null, "<p><img src=\"" + COVER + "\"><img src=\"" + GONE + "\" alt=\"Lost\"></p>")));

        String cover = library.copies.get(COVER).url();
        String figure = library.copies.get(FIGURE).url();
        assertEquals(List.of(COVER, FIGURE, GONE), fetched, "the cover first, then the bodies, each image once");
        assertEquals(cover, chunk.get(0).coverUrl());
        assertEquals("<p>Text</p><img src=\"" + figure + "\" alt=\"A figure\"><img src=\"/local.png\" alt=\"\">", chunk.get(0).bodyHtml(),
                "the old site's other sizes go with it; what is not on another site stays");
        assertEquals("<p><img src=\"" + cover + "\"><img src=\"" + GONE + "\" alt=\"Lost\"></p>", chunk.get(1).bodyHtml());
        assertEquals(List.of("An image from “one”", "A figure"), library.alts.subList(0, 2), "an image without alt text is described by its article");
        assertEquals(List.of(new ImageOutcome(COVER, cover, true, ""), new ImageOutcome(FIGURE, figure, true, ""),
                new ImageOutcome(GONE, null, false, "The old site answered 404 for it.")), copying.outcomes());

        copying.apply(List.of(item("three", GONE, "<img src=\"" + FIGURE + "\">")));
        assertEquals(3, fetched.size(), "an image that failed once in an import is not asked for again, nor one copied already");
    }

    @Test
    void aLaterImportThatDoesNotCopyStillShowsWhatAnEarlierOneCopied() {
        images().forImport(true, EDITOR).apply(List.of(item("one", COVER, "<p>Text</p>")));
        fetched.clear();

        ImportedImages.Copying notCopying = images().forImport(false, EDITOR);
        List<ImportedFeed.Item> again = notCopying.apply(List.of(item("one", COVER, "<img src=\"" + FIGURE + "\" alt=\"A figure\">")));

        assertEquals(library.copies.get(COVER).url(), again.get(0).coverUrl());
        assertTrue(again.get(0).bodyHtml().contains(FIGURE), "an image never copied stays where it is");
        assertEquals(List.of(), fetched);
        assertEquals(List.of(), notCopying.outcomes());
    }

    @Test
    void itemsLeftOutOnPurposeAreNotFetchedFor() {
        ImportedFeed.Item attachment = new ImportedFeed.Item("urn:a", null, "An attachment", null, null, null, List.of(), null, COVER, null, null,
                null, null, "A WordPress attachment is no article.");

        List<ImportedFeed.Item> chunk = images().forImport(true, EDITOR).apply(List.of(attachment));

        assertFalse(library.copies.containsKey(COVER));
        assertEquals(List.of(attachment), chunk);
    }
}
