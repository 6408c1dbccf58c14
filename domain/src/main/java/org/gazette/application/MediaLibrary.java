package org.gazette.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.ArticleRepository;
import org.gazette.domain.article.EditorsRow;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.media.MediaFile;
import org.gazette.domain.media.MediaRepository;
import org.gazette.domain.user.Role;

/**
 * The images editors upload once and use in covers and bodies. Authors and above upload (as in
 * WordPress, contributors do not); an image still in use by any article, even a draft or one in the
 * trash, is never deleted, so no page loses a picture.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {

    /** The most an operator may allow an upload to be: the admin's forms take up to 64 MB. */
    public static final int LARGEST_UPLOAD_MB = 60;

    @Inject
    MediaRepository media;

    @Inject
    ArticleRepository articles;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    InstallationEnvironment environment;

    /** The largest upload accepted, {@code GAZETTE_UPLOAD_MB}: by default a generous photo, not a poster-sized scan. */
    public int uploadLimitBytes() {
        return environment.uploadLimitBytes();
    }

    /**
     * Stores an image with its smaller sizes. The content is read only up to the limit, whatever
     * size the upload declared, so an oversized file costs no more memory than an accepted one.
     */
    public MediaAsset upload(String fileName, long declaredSize, InputStream content, String alt, Actor actor) throws IOException {
        requireAuthor(actor);
        int limit = uploadLimitBytes();
        byte[] bytes = declaredSize > limit ? null : content.readNBytes(limit + 1);
        if (bytes == null || bytes.length > limit) {
            throw new RuleViolation("'" + fileName + "' is " + megabytes(Math.max(declaredSize, limit + 1L))
                    + " MB; uploads may be at most " + megabytes(limit) + " MB.");
        }
        if (bytes.length == 0) {
            throw new RuleViolation("The file '" + fileName + "' is empty; choose an image to upload.");
        }
        MediaAsset.Upload upload = MediaAsset.of(fileName, bytes, alt, actor.username(), clock.instant());
        media.add(upload);
        audited(actor, AuditAction.MEDIA_UPLOADED, upload.asset(), bytes.length + " bytes");
        return upload.asset();
    }

    /**
     * Stores an image an import copied from the site a blog moved away from, remembering its address
     * there; for the editor or administrator running the import.
     */
    public MediaAsset copy(String sourceUrl, byte[] bytes, String alt, Actor actor) {
        requireAuthor(actor);
        MediaAsset.Upload upload = MediaAsset.copiedFrom(sourceUrl, bytes, alt, actor.username(), clock.instant());
        media.add(upload);
        audited(actor, AuditAction.MEDIA_UPLOADED, upload.asset(), "copied from " + sourceUrl);
        return upload.asset();
    }

    /** The images imports copied from these addresses, by address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, MediaAsset> copiesOf(Collection<String> sourceUrls) {
        return media.findBySources(sourceUrls);
    }

    /** A better alt text: for images one uploaded, or, for editors and administrators, any image. */
    public MediaAsset describe(String id, String alt, Actor actor) {
        requireAuthor(actor);
        MediaAsset asset = asset(id);
        if (!actor.is(Role.EDITOR) && !actor.username().equals(asset.uploadedBy())) {
            throw new NotPermitted("You may describe only images you uploaded; ask an editor to correct the alt text of '" + asset.fileName() + "'.");
        }
        asset.describe(alt);
        audited(actor, AuditAction.MEDIA_DESCRIBED, asset, alt);
        return asset;
    }

    /** Deletes an image no article refers to; otherwise names the articles that still use it. */
    public void delete(String id, Actor actor) {
        MediaAsset asset = asset(id);
        if (!actor.is(Role.EDITOR) && !actor.username().equals(asset.uploadedBy())) {
            throw new NotPermitted("You may delete only images you uploaded; ask an editor to delete '" + asset.fileName() + "'.");
        }
        List<String> users = usedBy(asset).stream().map(EditorsRow::title).toList();
        if (!users.isEmpty()) {
            throw new RuleViolation("'" + asset.fileName() + "' is still used by " + String.join(", ", users)
                    + "; remove it from there before deleting it.");
        }
        media.remove(asset);
        audited(actor, AuditAction.MEDIA_DELETED, asset, null);
    }

    private void audited(Actor actor, AuditAction action, MediaAsset asset, String detail) {
        audit.record(actor, action, asset.id(), asset.fileName(), detail);
    }

    /** A page of the library, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaAsset> newest(int offset, int limit) {
        return media.newest(Math.max(0, offset), limit);
    }

    /** The articles, of any status, whose cover or body shows the image. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditorsRow> usedBy(MediaAsset asset) {
        return usage(List.of(asset)).getOrDefault(asset.id(), List.of());
    }

    /** For each of these images that is in use, the articles that show it, read from what articles record on save. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<EditorsRow>> usage(List<MediaAsset> assets) {
        return articles.showing(assets.stream().map(MediaAsset::id).toList());
    }

    /** The asset served at an address, when the address is the media library's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaAsset> at(String address) {
        return MediaAsset.servedAt(address).flatMap(served -> media.findById(served.assetId()));
    }

    /** The assets served at these addresses, by address, in one query; addresses from elsewhere are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, MediaAsset> atAll(Collection<String> addresses) {
        Map<String, String> assetIds = new HashMap<>();
        addresses.forEach(address -> MediaAsset.servedAt(address).ifPresent(served -> assetIds.put(address, served.assetId())));
        Map<String, MediaAsset> assets = media.findByIds(Set.copyOf(assetIds.values()));
        Map<String, MediaAsset> byAddress = new HashMap<>();
        assetIds.forEach((address, id) -> Optional.ofNullable(assets.get(id)).ifPresent(asset -> byAddress.put(address, asset)));
        return byAddress;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaFile> file(String assetId, int width) {
        return media.file(assetId, width);
    }

    private static void requireAuthor(Actor actor) {
        if (!actor.is(Role.AUTHOR)) {
            throw new NotPermitted("Contributors cannot upload images; an author, editor or administrator can.");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private MediaAsset asset(String id) {
        return media.findById(id).orElseThrow(() -> new RuleViolation("There is no image with the id '" + id + "' in the media library."));
    }
}
