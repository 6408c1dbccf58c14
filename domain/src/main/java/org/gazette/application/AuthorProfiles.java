package org.gazette.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Slug;
import org.gazette.domain.author.Author;
import org.gazette.domain.author.AuthorRepository;
import org.gazette.domain.user.Role;

/** How authors present themselves on bylines and author cards; editors keep these up to date. */
@ApplicationScoped
@Transactional
public class AuthorProfiles {

    @Inject
    AuthorRepository authors;

    @Inject
    Event<SiteChanged> changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Author> all() {
        return authors.all();
    }

    public Author describe(String slug, String name, String tagline, String bio, String avatarUrl, Actor actor) {
        if (!actor.is(Role.EDITOR)) {
            throw new NotPermitted("Only editors and administrators may change authors.");
        }
        Author author = authors.findBySlug(new Slug(slug))
                .orElseThrow(() -> new RuleViolation("There is no author with the slug '" + slug + "'."));
        author.rename(name);
        author.describe(blankToNull(tagline), blankToNull(bio), blankToNull(avatarUrl));
        changes.fire(new SiteChanged("author " + slug));
        return author;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
