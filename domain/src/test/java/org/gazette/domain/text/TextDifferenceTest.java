package org.gazette.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextDifferenceTest {

    @Test
    void showsRemovedAndAddedLines() {
        String diff = TextDifference.unified("theirs", "one\ntwo\nthree", "mine", "one\n2\nthree");

        assertTrue(diff.startsWith("--- theirs\n+++ mine\n"), diff);
        assertTrue(diff.contains("\n-two\n+2"), diff);
    }

    @Test
    void theSameTextHasNoDifference() {
        assertEquals("", TextDifference.unified("a", "same\ntext", "b", "same\ntext"));
    }
}
