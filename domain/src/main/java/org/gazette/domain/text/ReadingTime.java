package org.gazette.domain.text;

/**
 * How long an attentive reader needs for a text, in whole minutes, never less than one. Technical
 * prose is read slower than fiction, so the pace is lower than the usual 250 words a minute.
 */
public record ReadingTime(int minutes) {

    public static final int WORDS_PER_MINUTE = 220;

    public static ReadingTime ofHtml(String html) {
        int words = PlainText.wordCount(html);
        return new ReadingTime(Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE));
    }
}
