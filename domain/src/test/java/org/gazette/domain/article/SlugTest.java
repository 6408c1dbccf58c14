package org.gazette.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ship Your Toolchain, Not Just Infrastructure | ship-your-toolchain-not-just-infrastructure",
        "  Hello --- World!!  | hello-world",
        "Crème Brûlée for Développeurs | creme-brulee-for-developpeurs",
        "Straße & Maß | strasse-mass",
        "Ærø, Łódź and Œuvre | aero-lodz-and-oeuvre",
        "2026-01-31 Ship it | 2026-01-31-ship-it",
        "Привет, мир | привет-мир",
        "東京の天気 | 東京の天気",
    })
    void aTitleBecomesAReadableSlug(String title, String slug) {
        assertEquals(slug, Slug.fromTitle(title).value());
    }

    @Test
    void aVeryLongTitleIsCutAtAWordBoundary() {
        String title = "word ".repeat(100);

        Slug slug = Slug.fromTitle(title);

        assertTrue(slug.value().length() <= Slug.MAX_LENGTH);
        assertTrue(slug.value().endsWith("word"), slug.value());
    }

    @Test
    void aTitleWithoutLettersOrDigitsAsksForASlug() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Slug.fromTitle("!!! ???"));

        assertTrue(refused.getMessage().contains("enter a slug"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper-Case", "two words", "-leading", "trailing-", "double--hyphen", "dot.ted", "slash/ed"})
    void anInvalidSlugIsRefusedWithTheReason(String candidate) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> new Slug(candidate));

        assertTrue(refused.getMessage().contains("'" + candidate + "'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("lower-case letters, digits and single hyphens"), refused.getMessage());
    }

    @Test
    void blankAndOverlongSlugsAreRefused() {
        assertEquals("A slug is required.", assertThrows(RuleViolation.class, () -> new Slug(" ")).getMessage());
        assertTrue(assertThrows(RuleViolation.class, () -> new Slug("a".repeat(Slug.MAX_LENGTH + 1)))
                .getMessage().contains("longer than " + Slug.MAX_LENGTH));
    }

    @Test
    void aSuffixKeepsTheSlugWithinItsLength() {
        assertEquals("hello-world-2", new Slug("hello-world").withSuffix(2).value());
        assertTrue(new Slug("a".repeat(Slug.MAX_LENGTH)).withSuffix(12).value().length() <= Slug.MAX_LENGTH);
    }
}
