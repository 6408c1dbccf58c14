package org.gazette.it;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML fragment as a reader experiences it: its elements with their links and image sources, and
 * its text with white space folded, except inside {@code pre}, where every character counts.
 */
final class HtmlTokens {

    private HtmlTokens() {
    }

    /** The tokens of a feed body, without a leading "read on the site" banner. */
    static List<String> of(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Element first = body.children().first();
        if (first != null && "div".equals(first.tagName()) && first.text().toLowerCase().contains("read on the site")) {
            first.remove();
        }
        List<String> tokens = new ArrayList<>();
        body.childNodes().forEach(node -> collect(node, false, tokens));
        return tokens;
    }

    private static void collect(Node node, boolean preformatted, List<String> tokens) {
        if (node instanceof TextNode text) {
            String value = preformatted ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " ").strip();
            if (!value.isEmpty()) {
                append(tokens, value, preformatted);
            }
        } else if (node instanceof Element element) {
            tokens.add("<" + element.tagName() + attribute(element, "href") + attribute(element, "src") + attribute(element, "alt") + ">");
            boolean pre = preformatted || "pre".equals(element.tagName());
            element.childNodes().forEach(child -> collect(child, pre, tokens));
            tokens.add("</" + element.tagName() + ">");
        }
    }

    private static void append(List<String> tokens, String text, boolean preformatted) {
        int last = tokens.size() - 1;
        if (last >= 0 && !tokens.get(last).startsWith("<")) {
            tokens.set(last, tokens.get(last) + (preformatted ? "" : " ") + text);
        } else {
            tokens.add(text);
        }
    }

    private static String attribute(Element element, String name) {
        return element.hasAttr(name) ? " " + name + "=" + element.attr(name) : "";
    }
}
