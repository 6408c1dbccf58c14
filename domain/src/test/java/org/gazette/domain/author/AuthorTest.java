package org.gazette.domain.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Slug;
import org.junit.jupiter.api.Test;

class AuthorTest {

    private final Author author = new Author("Ada Lovelace", new Slug("ada"));

    @Test
    void linksAreWebAddressesKeptInOrderWithoutBlanksOrRepeats() {
        author.link(List.of(" https://github.com/ada ", "", "https://mastodon.social/@ada", "https://github.com/ada"));

        assertEquals(List.of("https://github.com/ada", "https://mastodon.social/@ada"), author.links());

        author.link(List.of());
        assertEquals(List.of(), author.links());
    }

    @Test
    void anAddressThatIsNoWebPageIsRefusedByName() {
        for (String bad : List.of("javascript:alert(1)", "github.com/ada", "ftp://example.org/ada", "https://", "http://exa mple.org")) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> author.link(List.of("https://ok.example/", bad)));
            assertTrue(refused.getMessage().contains("'" + bad + "' is not a web address"), refused.getMessage());
        }
        assertEquals(List.of(), author.links(), "a refused list leaves the links as they were");
    }

    @Test
    void anAuthorHasAtMostEightLinks() {
        List<String> nine = IntStream.rangeClosed(1, 9).mapToObj(page -> "https://example.org/" + page).toList();

        RuleViolation refused = assertThrows(RuleViolation.class, () -> author.link(nine));

        assertEquals("An author has at most 8 links; 9 were given.", refused.getMessage());
    }
}
