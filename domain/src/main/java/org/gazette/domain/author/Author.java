package org.gazette.domain.author;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.WebAddress;
import org.gazette.domain.article.Slug;
import org.gazette.domain.text.PlainText;

/** A person credited with articles. Not necessarily a user: imported authors have no login. */
@Entity
@Table(name = "author")
public class Author {

    public static final int MAX_TAGLINE_LENGTH = 300;
    public static final int MAX_BIO_LENGTH = 5000;
    public static final int MAX_LINKS = 8;
    private static final int MAX_LINK_LENGTH = 400;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(length = MAX_TAGLINE_LENGTH)
    private String tagline;

    @Column(length = MAX_BIO_LENGTH)
    private String bio;

    @Column(name = "avatar_url", length = 2000)
    private String avatarUrl;

    /** The author's own places on the web, one address a line, shown on their cards and as schema.org sameAs. */
    @Column(length = MAX_LINKS * (MAX_LINK_LENGTH + 1))
    private String links;

    /** The user whose profile this is: authors and contributors publish under their own only. */
    @Column(length = 50)
    private String account;

    @Version
    private long version;

    protected Author() {
    }

    public Author(String name, Slug slug) {
        this.id = UUID.randomUUID().toString();
        rename(name);
        this.slug = slug.value();
    }

    public void rename(String newName) {
        String text = PlainText.withoutMarkup(newName);
        if (text == null || text.isBlank()) {
            throw new RuleViolation("An author needs a name.");
        }
        this.name = text;
    }

    public void describe(String newTagline, String newBio, String newAvatarUrl) {
        if (newTagline != null && newTagline.length() > MAX_TAGLINE_LENGTH || newBio != null && newBio.length() > MAX_BIO_LENGTH) {
            throw new RuleViolation("A tagline has at most " + MAX_TAGLINE_LENGTH + " characters and a bio at most " + MAX_BIO_LENGTH + ".");
        }
        this.tagline = newTagline;
        this.bio = newBio;
        this.avatarUrl = newAvatarUrl == null || newAvatarUrl.isBlank() ? null : WebAddress.loadable(newAvatarUrl, "avatar");
    }

    /** The author's own pages elsewhere: at most {@value #MAX_LINKS} absolute http(s) addresses. */
    public void link(List<String> newLinks) {
        List<String> kept = newLinks.stream().map(String::strip).filter(link -> !link.isEmpty()).distinct().toList();
        if (kept.size() > MAX_LINKS) {
            throw new RuleViolation("An author has at most " + MAX_LINKS + " links; " + kept.size() + " were given.");
        }
        for (String link : kept) {
            if (link.length() > MAX_LINK_LENGTH) {
                throw new RuleViolation("The link '" + link.substring(0, 60) + "…' is longer than " + MAX_LINK_LENGTH + " characters.");
            }
            WebAddress.absolute(link, "link");
        }
        this.links = kept.isEmpty() ? null : String.join("\n", kept);
    }

    /** Makes this the profile of the user with this name, under which they write. */
    public void belongTo(String username) {
        this.account = username;
    }

    /** The user whose own profile this is, if it is anyone's. */
    public Optional<String> account() {
        return Optional.ofNullable(account);
    }

    /** Gives the author a new address; the caller sees that no other author has it. */
    public void moveTo(Slug newSlug) {
        this.slug = newSlug.value();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Slug slug() {
        return new Slug(slug);
    }

    public String tagline() {
        return tagline;
    }

    public String bio() {
        return bio;
    }

    public String avatarUrl() {
        return avatarUrl;
    }

    public List<String> links() {
        return links == null ? List.of() : List.of(links.split("\n"));
    }
}
