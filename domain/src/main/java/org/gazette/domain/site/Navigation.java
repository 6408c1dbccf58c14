package org.gazette.domain.site;

import java.util.ArrayList;
import java.util.List;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.WebAddress;
import org.gazette.domain.text.PlainText;

/**
 * The site's navigation menu: labelled links in the order readers see them on every page. An
 * administrator writes it one link to a line, {@code Label | /path} or {@code Label | https://...},
 * which works in any browser and keeps the order plain to see.
 */
public record Navigation(List<Link> links) {

    public static final int MAX_LINKS = 12;
    public static final int MAX_LABEL_LENGTH = 60;
    public static final int MAX_ADDRESS_LENGTH = 500;
    public static final Navigation NEW_SITE = parse("Newest | /\nArchive | /archive\nRSS feed | /feed/rss.xml");

    /** One entry of the menu: what it says and where it leads, a path on this site or a page elsewhere. */
    public record Link(String label, String href) {
    }

    public Navigation {
        links = List.copyOf(links);
    }

    /** The menu from its lines; blank lines are left out, and a line that is no link is refused by its number. */
    public static Navigation parse(String lines) {
        List<Link> links = new ArrayList<>();
        String[] given = lines == null ? new String[0] : lines.split("\\R");
        for (int number = 1; number <= given.length; number++) {
            String line = given[number - 1].strip();
            if (!line.isEmpty()) {
                links.add(link(line, number));
            }
        }
        if (links.size() > MAX_LINKS) {
            throw new RuleViolation("The navigation has " + links.size() + " links; it may have at most " + MAX_LINKS + ".");
        }
        return new Navigation(links);
    }

    private static Link link(String line, int number) {
        int bar = line.lastIndexOf('|');
        if (bar < 0) {
            throw new RuleViolation("Line " + number + " of the navigation, '" + line + "', is no link: write it as 'Label | /path'.");
        }
        String label = PlainText.withoutMarkup(line.substring(0, bar)).strip();
        String href = line.substring(bar + 1).strip();
        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
            throw new RuleViolation("Line " + number + " of the navigation needs a label of 1 to " + MAX_LABEL_LENGTH + " characters.");
        }
        if (href.length() > MAX_ADDRESS_LENGTH) {
            throw new RuleViolation("Line " + number + " of the navigation links to an address longer than " + MAX_ADDRESS_LENGTH + " characters.");
        }
        return new Link(label, WebAddress.loadable(href, "navigation link on line " + number));
    }

    /** The menu as an administrator writes it: one {@code Label | address} to a line. */
    public String lines() {
        return String.join("\n", links.stream().map(link -> link.label() + " | " + link.href()).toList());
    }
}
