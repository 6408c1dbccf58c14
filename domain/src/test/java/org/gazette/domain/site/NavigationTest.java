package org.gazette.domain.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.gazette.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** The navigation menu as administrators write it: one "Label | address" to a line. */
class NavigationTest {

    private static String refusal(String lines) {
        return assertThrows(RuleViolation.class, () -> Navigation.parse(lines)).getMessage();
    }

    @Test
    void linesBecomeLinksInTheirOrderWithBlankLinesLeftOut() {
        Navigation menu = Navigation.parse("About | /about\n\n  Uses|/00-uses  \r\nCode of conduct | https://example.org/conduct?lang=en");

        assertEquals(List.of(new Navigation.Link("About", "/about"), new Navigation.Link("Uses", "/00-uses"),
                new Navigation.Link("Code of conduct", "https://example.org/conduct?lang=en")), menu.links());
        assertEquals("About | /about\nUses | /00-uses\nCode of conduct | https://example.org/conduct?lang=en", menu.lines());
    }

    @Test
    void anEmptyMenuHasNoLinks() {
        assertEquals(List.of(), Navigation.parse("").links());
        assertEquals(List.of(), Navigation.parse(null).links());
    }

    @Test
    void aLabelKeepsItsBarsOnlyTheLastOneSeparatesTheAddress() {
        assertEquals(new Navigation.Link("Now | then", "/now"), Navigation.parse("Now | then | /now").links().get(0));
    }

    @Test
    void markupInALabelIsTextOnly() {
        assertEquals("Hi", Navigation.parse("<b onclick=x>Hi</b> | /hi").links().get(0).label());
    }

    @Test
    void aLineThatIsNoLinkIsRefusedByItsNumber() {
        assertEquals("Line 2 of the navigation, 'Contact', is no link: write it as 'Label | /path'.", refusal("About | /about\nContact"));
        assertEquals("Line 1 of the navigation needs a label of 1 to 60 characters.", refusal(" | /about"));
    }

    @Test
    void onlyWebAddressesAndSitePathsAreLinked() {
        String refused = refusal("Home | /\nEvil | javascript:alert(1)");
        assertEquals("The navigation link on line 2 'javascript:alert(1)' is not a web address: it starts with https://, http:// or / for an"
                + " address on this site, has no spaces and at most 2000 characters.", refused);
        refusal("Elsewhere | //evil.example/");
    }

    @Test
    void aMenuHasAtMostTwelveLinks() {
        String thirteen = IntStream.rangeClosed(1, 13).mapToObj(n -> "Page " + n + " | /page-" + n).collect(Collectors.joining("\n"));
        assertEquals("The navigation has 13 links; it may have at most 12.", refusal(thirteen));
    }
}
