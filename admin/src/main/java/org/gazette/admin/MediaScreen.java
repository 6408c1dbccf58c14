package org.gazette.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.gazette.application.MediaLibrary;
import org.gazette.domain.article.EditorsRow;
import org.gazette.domain.media.MediaAsset;

/** The media library screen: upload an image with its alt text, see where each image is used, delete unused ones. */
@Named
@RequestScoped
public class MediaScreen {

    static final int PAGE_SIZE = 50;

    @Inject
    MediaLibrary library;

    @Inject
    SignedInUser user;

    private Part file;
    private String alt;
    private List<Item> items;
    private boolean hasMore;
    private int page = 1;
    private final Map<String, String> altTexts = new HashMap<>();

    public String upload() {
        return ImageUpload.store(library, file, alt, user.actor()).map(asset -> "/media.xhtml?faces-redirect=true").orElse(null);
    }

    public String delete(String id) {
        return Messages.attempt(() -> {
            library.delete(id, user.actor());
            return "Deleted the image.";
        }, "/media.xhtml?faces-redirect=true");
    }

    /** A better description for an image, offered whenever it is picked from now on. */
    public String describe(String id) {
        return Messages.attempt(() -> "Saved the alt text of " + library.describe(id, altTexts.get(id), user.actor()).fileName() + ".",
                "/media.xhtml?faces-redirect=true");
    }

    /** One page of the library, newest first; one image more is read only to know whether a next page exists. */
    public List<Item> getItems() {
        if (items == null) {
            List<MediaAsset> assets = library.newest((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            hasMore = assets.size() > PAGE_SIZE;
            List<MediaAsset> shown = assets.subList(0, Math.min(PAGE_SIZE, assets.size()));
            Map<String, List<EditorsRow>> usage = library.usage(shown);
            items = shown.stream().map(asset -> new Item(asset, usage.getOrDefault(asset.id(), List.of()))).toList();
            items.forEach(item -> altTexts.putIfAbsent(item.asset().id(), item.asset().alt()));
        }
        return items;
    }

    public boolean isHasMore() {
        getItems();
        return hasMore;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    /** The alt text in each image's field, by image id. */
    public Map<String, String> getAltTexts() {
        return altTexts;
    }

    public int getMaxUploadMegabytes() {
        return library.uploadLimitBytes() / (1024 * 1024);
    }

    /** For the browser, which names a larger file as soon as it is chosen. */
    public int getMaxUploadBytes() {
        return library.uploadLimitBytes();
    }

    /** One image as the screen lists it, with the articles that use it. */
    public record Item(MediaAsset asset, List<EditorsRow> usedBy) {

        static final int THUMBNAIL_WIDTH = 120;

        public String thumbnail() {
            return asset.address(asset.widths().get(0));
        }

        public int thumbnailWidth() {
            return THUMBNAIL_WIDTH;
        }

        public int thumbnailHeight() {
            return Math.max(1, THUMBNAIL_WIDTH * asset.height() / Math.max(1, asset.width()));
        }

        public long kilobytes() {
            return Math.max(1, asset.sizeBytes() / 1024);
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }
}
