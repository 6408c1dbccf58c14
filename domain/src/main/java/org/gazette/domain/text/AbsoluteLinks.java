package org.gazette.domain.text;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.Encoding;

/**
 * Makes links absolute, as feed readers need them: a fragment read outside the site has no base to
 * resolve {@code /static/a.png} against.
 */
public final class AbsoluteLinks {

    /** Sanitized HTML always quotes attributes with double quotes. */
    private static final Pattern LINK = Pattern.compile("\\b(href|src)=\"([^\"]*)\"");

    private AbsoluteLinks() {
    }

    /** The absolute form of a URL reference; fragments and references that do not parse stay as they are. */
    public static String url(String reference, String baseUrl) {
        if (reference.startsWith("#")) {
            return reference;
        }
        try {
            return URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/").resolve(reference).toString();
        } catch (IllegalArgumentException unresolvable) {
            return reference;
        }
    }

    /** The same HTML with every {@code href} and {@code src} absolute. */
    public static String resolve(String html, String baseUrl) {
        Matcher link = LINK.matcher(html);
        StringBuilder resolved = new StringBuilder();
        while (link.find()) {
            String reference = Encoding.decodeHtml(link.group(2));
            String absolute = url(reference, baseUrl);
            String attribute = absolute.equals(reference) ? link.group(2) : attributeValue(absolute);
            link.appendReplacement(resolved, Matcher.quoteReplacement(link.group(1) + "=\"" + attribute + "\""));
        }
        link.appendTail(resolved);
        return resolved.toString();
    }

    private static String attributeValue(String text) {
        return text.replace("&", "&amp;").replace("\"", "&#34;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
