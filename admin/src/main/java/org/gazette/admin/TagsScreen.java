package org.gazette.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.TagCatalogue;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.tag.TagRepository;

/** The editors' list of tags: how much each is used, a new name for any, and deletion of unused ones. */
@Named
@RequestScoped
public class TagsScreen {

    @Inject
    TagCatalogue catalogue;

    @Inject
    SignedInUser user;

    private final Map<String, String> newNames = new HashMap<>();
    private List<TagRepository.TagUse> tags;

    public String rename(String slug) {
        return act(() -> {
            String name = catalogue.rename(slug, newNames.get(slug), user.actor()).name();
            Messages.info("Renamed the tag to " + name + "; its address stays /tags/" + slug + ".");
        });
    }

    public String delete(String slug) {
        return act(() -> {
            catalogue.delete(slug, user.actor());
            Messages.info("Deleted the tag " + slug + ".");
        });
    }

    private String act(Runnable change) {
        try {
            change.run();
            return "/tags.xhtml?faces-redirect=true";
        } catch (RuleViolation refused) {
            Messages.error(refused.getMessage());
            return null;
        }
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
