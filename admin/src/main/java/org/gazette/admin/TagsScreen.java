package org.gazette.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.TagCatalogue;
import org.gazette.domain.tag.TagRepository;

/** The editors' list of tags: how much each is used, a new name for any, and deletion of unused ones. */
@Named
@RequestScoped
public class TagsScreen {

    private static final String SELF = "/tags.xhtml?faces-redirect=true";

    @Inject
    TagCatalogue catalogue;

    @Inject
    SignedInUser user;

    private final Map<String, String> newNames = new HashMap<>();
    private List<TagRepository.TagUse> tags;

    public String rename(String slug) {
        return Messages.attempt(() -> "Renamed the tag to " + catalogue.rename(slug, newNames.get(slug), user.actor()).name()
                + "; its address stays /tags/" + slug + ".", SELF);
    }

    public String delete(String slug) {
        return Messages.attempt(() -> {
            catalogue.delete(slug, user.actor());
            return "Deleted the tag " + slug + ".";
        }, SELF);
    }

    public List<TagRepository.TagUse> getTags() {
        if (tags == null) {
            tags = catalogue.all();
            tags.forEach(use -> newNames.putIfAbsent(use.tag().slug().value(), use.tag().name()));
        }
        return tags;
    }

    public Map<String, String> getNewNames() {
        return newNames;
    }
}
