package org.gazette.domain.tag;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.text.PlainText;
import org.gazette.domain.article.Slug;

/** A topic. Its name is shown as written ("Infrastructure As Code"); its slug addresses it. */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    protected Tag() {
    }

    public Tag(String name) {
        this.id = UUID.randomUUID().toString();
        this.name = named(name);
        this.slug = Slug.fromTitle(this.name).value();
    }

    /** A tag as a backup kept it: its slug may no longer follow from its name, since renaming keeps the slug. */
    public static Tag reinstated(String name, Slug slug) {
        Tag tag = new Tag(name);
        tag.slug = slug.value();
        return tag;
    }

    /** A new way to write the name; the slug, and with it every address of the tag, stays. */
    public void rename(String newName) {
        this.name = named(newName);
    }

    private static String named(String name) {
        String text = PlainText.withoutMarkup(name);
        if (text == null || text.isBlank()) {
            throw new RuleViolation("A tag needs a name.");
        }
        return text;
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
}
