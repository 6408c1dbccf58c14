package org.gazette.domain.text;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The single sanitizer policy for every HTML fragment an editor writes or a feed brings in. It keeps
 * what technical writing needs (headings, lists, quotes, tables, code with its language class,
 * images, links) and drops scripts, styles, event handlers and dangerous URLs.
 */
public final class HtmlPolicy {

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[\\w+#-]+");

    private static final PolicyFactory POLICY = Sanitizers.BLOCKS
            .and(Sanitizers.FORMATTING)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowStandardUrlProtocols()
                    .allowElements("a").allowAttributes("href").onElements("a")
                    .allowElements("pre", "code", "hr", "br", "figure", "figcaption", "dl", "dt", "dd",
                            "kbd", "samp", "var", "mark", "abbr", "sup", "sub", "del", "ins")
                    .allowAttributes("class").matching(LANGUAGE_CLASS).onElements("code", "pre")
                    .allowAttributes("title").globally()
                    .toFactory());

    private HtmlPolicy() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
