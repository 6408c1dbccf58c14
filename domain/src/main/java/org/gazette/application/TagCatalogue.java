package org.gazette.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Slug;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.tag.Tag;
import org.gazette.domain.tag.TagRepository;
import org.gazette.domain.user.Role;

/**
 * The editors' care of tags: every writer sees them to pick from, editors rename them and remove the
 * unused ones. Writers create tags simply by using a new name on an article.
 */
@ApplicationScoped
@Transactional
public class TagCatalogue {

    @Inject
    TagRepository tags;

    @Inject
    Event<SiteChanged> changes;

    @Inject
    AuditTrail audit;

    /** Every tag with how many articles carry it, for the tags screen. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TagRepository.TagUse> all() {
        return tags.allWithUse();
    }

    /** Every tag by name, without counting their articles: for choosing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tag> names() {
        return tags.all();
    }

    /** A few tags whose names contain what an editor has typed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tag> suggest(String typed, int limit) {
        return typed == null || typed.isBlank() ? List.of() : tags.named(typed, limit);
    }

    public Tag rename(String slug, String newName, Actor actor) {
        requireEditor(actor);
        Tag tag = tag(slug);
        String before = tag.name();
        tag.rename(newName);
        changes.fire(new SiteChanged("tag " + slug));
        audit.record(actor, AuditAction.TAG_RENAMED, slug, tag.name(), "from '" + before + "'");
        return tag;
    }

    /** Removes a tag no article carries; one still in use is refused with the count, so nothing loses its tags. */
    public void delete(String slug, Actor actor) {
        requireEditor(actor);
        Tag tag = tag(slug);
        long carriers = tags.articlesTagged(tag);
        if (carriers > 0) {
            throw new RuleViolation("'" + tag.name() + "' is still on " + carriers
                    + (carriers == 1 ? " article" : " articles") + "; take it off them before deleting it.");
        }
        tags.remove(tag);
        audit.record(actor, AuditAction.TAG_DELETED, slug, tag.name(), null);
    }

    private Tag tag(String slug) {
        return tags.findBySlug(new Slug(slug)).orElseThrow(() -> noSuchTag(slug));
    }

    private static RuleViolation noSuchTag(String slug) {
        return new RuleViolation("There is no tag with the slug '" + slug + "'.");
    }

    private static void requireEditor(Actor actor) {
        if (!actor.is(Role.EDITOR)) {
            throw new NotPermitted("Only editors and administrators may change tags.");
        }
    }
}
