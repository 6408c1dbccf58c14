package org.gazette.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.domain.article.Slug;
import org.gazette.domain.author.Author;
import org.gazette.domain.author.AuthorRepository;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.tag.TagRepository;
import org.gazette.domain.user.Role;

/**
 * Authors and tags by name, as editors and feeds give them: an existing one when its slug matches,
 * otherwise a new one. "Platform Engineering" and "platform engineering" are the same tag.
 */
@ApplicationScoped
public class AuthorsAndTags {

    private AuthorRepository authors;
    private TagRepository tags;

    protected AuthorsAndTags() {
    }

    @Inject
    public AuthorsAndTags(AuthorRepository authors, TagRepository tags) {
        this.authors = authors;
        this.tags = tags;
    }

    /** The author of this name, also after an editor gave them another slug; a new author for a new name. */
    public Author authorNamed(String name) {
        Slug slug = Slug.fromTitle(name);
        return authors.findByName(name.strip()).or(() -> authors.findBySlug(slug)).orElseGet(() -> {
            Author author = new Author(name, slug);
            authors.add(author);
            return author;
        });
    }

    /**
     * The byline a new article starts with: the writer's own profile when they have one; for
     * everyone but editors the profile they will get, named after their user name; for an editor
     * or administrator without a profile none, so that they choose one rather than publish under
     * their login by accident.
     */
    public Optional<String> defaultByline(Actor actor) {
        Optional<String> own = authors.findByAccount(actor.username()).map(Author::name);
        return own.isPresent() || actor.is(Role.EDITOR) ? own : Optional.of(actor.username());
    }

    /**
     * Whose name an article goes out under. Editors and administrators may give any name, and a new
     * name makes a new author. Everyone else writes under their own profile, linked to their account
     * and made from their user name the first time; another name is refused.
     */
    public Author bylineFor(Actor actor, String typedName) {
        if (actor.is(Role.EDITOR)) {
            return authorNamed(typedName);
        }
        Author own = authors.findByAccount(actor.username()).orElseGet(() -> ownProfile(actor.username()));
        if (typedName != null && !typedName.isBlank() && !typedName.strip().equalsIgnoreCase(own.name())) {
            throw new NotPermitted("Only editors and administrators publish under another name; your articles appear as '" + own.name()
                    + "'. Ask an editor to change the byline.");
        }
        return own;
    }

    /** A user's own profile: the author of their user name if nobody else has claimed it, or a new one. */
    private Author ownProfile(String username) {
        Author profile = authors.findByName(username).orElseGet(() -> authorNamed(username));
        if (profile.account().filter(account -> !account.equals(username)).isPresent()) {
            throw new NotPermitted("The author '" + username + "' belongs to another account; ask an editor to give you a byline.");
        }
        profile.belongTo(username);
        return profile;
    }

    /** The tags of these names in this order; blank names are skipped. */
    public List<Tag> tagsNamed(List<String> names) {
        return names.stream().filter(name -> !name.isBlank()).map(name -> {
            Tag candidate = new Tag(name);
            return tags.findBySlug(candidate.slug()).orElseGet(() -> {
                tags.add(candidate);
                return candidate;
            });
        }).toList();
    }

    /**
     * The same lookups, remembered for one unit of work: an import names the same few authors and
     * tags over and over, and asks the database about each name once.
     */
    public Remembered remembering() {
        return new Remembered();
    }

    /** Authors and tags by name, asked for once each within one unit of work. */
    public final class Remembered {

        private final Map<String, Author> authorsByName = new HashMap<>();
        private final Map<String, Tag> tagsByName = new HashMap<>();

        private Remembered() {
        }

        public Author authorNamed(String name) {
            return authorsByName.computeIfAbsent(name, AuthorsAndTags.this::authorNamed);
        }

        public List<Tag> tagsNamed(List<String> names) {
            return names.stream().filter(name -> !name.isBlank())
                    .map(name -> tagsByName.computeIfAbsent(name, unknown -> AuthorsAndTags.this.tagsNamed(List.of(unknown)).get(0))).toList();
        }
    }
}
