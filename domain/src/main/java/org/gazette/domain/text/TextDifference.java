package org.gazette.domain.text;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/** The difference between two versions of a text, line by line, the way `diff -u` shows it. */
public final class TextDifference {

    private static final int CONTEXT_LINES = 2;

    private TextDifference() {
    }

    public static String unified(String oldName, String oldText, String newName, String newText) {
        List<String> oldLines = lines(oldText);
        List<String> newLines = lines(newText);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(oldName, newName, oldLines,
                DiffUtils.diff(oldLines, newLines), CONTEXT_LINES);
        return diff.isEmpty() ? "" : String.join("\n", diff);
    }

    private static List<String> lines(String text) {
        return (text == null ? "" : text).lines().toList();
    }
}
