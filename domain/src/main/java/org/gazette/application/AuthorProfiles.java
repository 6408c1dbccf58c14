package org.gazette.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Slug;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.author.Author;
import org.gazette.domain.author.AuthorRepository;
import org.gazette.domain.redirect.RedirectRepository;
import org.gazette.domain.user.Role;

/** How authors present themselves on bylines and author cards; editors keep these up to date. */
@ApplicationScoped
@Transactional
public class AuthorProfiles {

    @Inject
    AuthorRepository authors;

    @Inject
    RedirectRepository redirects;

    @Inject
    Event<SiteChanged> changes;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Author> all() {
        return authors.all();
    }

    /** A few authors whose names contain what an editor has typed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Author> suggest(String typed, int limit) {
        return typed == null || typed.isBlank() ? List.of() : authors.named(typed, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Author> find(Slug slug) {
        return authors.findBySlug(slug);
    }

    /**
     * Changes how an author presents themselves. A new slug must be free; the old addresses of their
     * page and feed then lead to the new ones.
     */
    public Author describe(String slug, Profile profile, Actor actor) {
        if (!actor.is(Role.EDITOR)) {
            throw new NotPermitted("Only editors and administrators may change authors.");
        }
        Author author = authors.findBySlug(new Slug(slug))
                .orElseThrow(() -> new RuleViolation("There is no author with the slug '" + slug + "'."));
        authors.findByName(String.valueOf(profile.name()).strip()).filter(other -> !other.id().equals(author.id())).ifPresent(other -> {
            throw new RuleViolation("Another author is called '" + other.name() + "'; bylines would mix them up.");
        });
        author.rename(profile.name());
        author.describe(blankToNull(profile.tagline()), blankToNull(profile.bio()), blankToNull(profile.avatarUrl()));
        author.link(profile.links());
        move(author, profile.slug());
        changes.fire(new SiteChanged("author " + slug));
        audit.record(actor, AuditAction.AUTHOR_DESCRIBED, author.slug().value(), author.name(), null);
        return author;
    }

    private void move(Author author, String wanted) {
        Slug old = author.slug();
        if (wanted == null || wanted.isBlank() || wanted.strip().equals(old.value())) {
            return;
        }
        Slug slug = new Slug(wanted.strip());
        if (authors.findBySlug(slug).isPresent()) {
            throw new RuleViolation("Another author has the slug '" + slug.value() + "'; choose another one.");
        }
        author.moveTo(slug);
        redirects.move(pagePath(old), pagePath(slug));
        redirects.move(feedPath(old), feedPath(slug));
    }

    public static String pagePath(Slug author) {
        return "/authors/" + author.value();
    }

    public static String feedPath(Slug author) {
        return "/feed/authors/" + author.value() + "/rss.xml";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What an editor may change about an author; links are web addresses, one per entry. */
    public record Profile(String name, String slug, String tagline, String bio, String avatarUrl, List<String> links) {
    }
}
