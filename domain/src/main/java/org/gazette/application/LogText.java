package org.gazette.application;

/**
 * Text from outside (a user name someone typed, an address from a header) made safe for a log
 * line: control characters such as CR and LF become '?', so nobody can forge a line of their own,
 * and it is cut to a length a line can hold.
 */
public final class LogText {

    static final int LONGEST = 100;

    private LogText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
        StringBuilder safe = new StringBuilder(cut.length());
        cut.codePoints().forEach(point -> safe.appendCodePoint(Character.isISOControl(point) ? '?' : point));
        return safe.toString();
    }
}
