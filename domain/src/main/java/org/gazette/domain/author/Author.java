package org.gazette.domain.author;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Slug;

/** A person credited with articles. Not necessarily a user: imported authors have no login. */
@Entity
@Table(name = "author")
public class Author {

    public static final int MAX_TAGLINE_LENGTH = 300;
    public static final int MAX_BIO_LENGTH = 5000;

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
        if (newName == null || newName.isBlank()) {
            throw new RuleViolation("An author needs a name.");
        }
        this.name = newName.strip();
    }

    public void describe(String newTagline, String newBio, String newAvatarUrl) {
        if (newTagline != null && newTagline.length() > MAX_TAGLINE_LENGTH || newBio != null && newBio.length() > MAX_BIO_LENGTH) {
            throw new RuleViolation("A tagline has at most " + MAX_TAGLINE_LENGTH + " characters and a bio at most " + MAX_BIO_LENGTH + ".");
        }
        this.tagline = newTagline;
        this.bio = newBio;
        this.avatarUrl = newAvatarUrl;
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
}
