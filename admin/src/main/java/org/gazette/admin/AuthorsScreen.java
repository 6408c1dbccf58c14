package org.gazette.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.AuthorProfiles;
import org.gazette.domain.author.Author;

/** The editors' screen of authors: pick one, then change how bylines and author cards present them. */
@Named
@ViewScoped
public class AuthorsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorProfiles profiles;

    @Inject
    SignedInUser user;

    private String slug;
    private String name;
    private String tagline;
    private String bio;
    private String avatarUrl;
    private String newSlug;
    private String links;

    /** Fills the form from the author chosen by {@code ?slug=}. */
    public void load() {
        profiles.all().stream().filter(author -> author.slug().value().equals(slug)).findFirst().ifPresent(author -> {
            name = author.name();
            tagline = author.tagline();
            bio = author.bio();
            avatarUrl = author.avatarUrl();
            newSlug = author.slug().value();
            links = String.join("\n", author.links());
        });
    }

    public String save() {
        AuthorProfiles.Profile profile = new AuthorProfiles.Profile(name, newSlug, tagline, bio, avatarUrl,
                links == null ? List.of() : List.of(links.split("\\R")));
        return Messages.attempt(() -> {
            Author saved = profiles.describe(slug, profile, user.actor());
            slug = saved.slug().value();
            return "Saved " + saved.name() + ".";
        }, () -> "/authors.xhtml?faces-redirect=true&slug=" + slug);
    }

    public List<Author> getAuthors() {
        return profiles.all();
    }

    public boolean isChosen() {
        return name != null;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }

    public void setAvatarUrl(String avatarUrl) {
        this.avatarUrl = avatarUrl;
    }
}
