package org.gazette.admin;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;

import org.gazette.application.ArticleDraft;
import org.gazette.application.EditConflict;
import org.gazette.application.Editing;
import org.gazette.application.EditorialRights;
import org.gazette.application.MediaLibrary;
import org.gazette.application.PreviewSharing;
import org.gazette.application.Reading;
import org.gazette.application.SiteSettings;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.ArticleStatus;
import org.gazette.domain.article.ArticleKind;
import org.gazette.domain.article.BodyFormat;
import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.preview.PreviewLink;
import org.gazette.domain.text.ReadableBody;
import org.gazette.domain.text.ReadingTime;
import org.gazette.domain.text.TextDifference;
import org.gazette.domain.user.Role;

/**
 * The article editor at {@code /admin/edit.xhtml?id=...} (no id: a new article). Every action goes
 * through {@link Editing}, which decides what the signed-in user may do; the page only hides what
 * they may not. The form keeps the version it was opened at, so a save over someone else's newer
 * version shows both texts instead of losing one.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIBRARY_STEP = 30;

    @Inject
    Editing editing;

    @Inject
    PreviewSharing previews;

    @Inject
    SignedInUser user;

    @Inject
    SiteSettings siteSettings;

    @Inject
    MediaLibrary library;

    private final ArticleForm form = new ArticleForm();
    private String id;
    private long version;
    private ArticleStatus status;
    private String publicPath;
    private boolean mayEdit = true;
    private boolean mayPublish;
    private boolean mayTrash;
    private String scheduleAt;
    private String preview;
    private EditConflict.StoredVersion conflict;
    private boolean confirmingDelete;
    private String libraryCover;
    /** Where the writer's cursor was in the body, as the browser last told; -1 for the end. */
    private int bodyCursor = -1;
    private transient Part coverFile;
    private Editing.SlugCheck slugCheck;
    private String autosaveStatus;
    /** Whether the form holds changes the server made but did not save, such as an inserted image. */
    private boolean unsaved;
    private String previewPath;
    private String previewExpires;
    private transient List<MediaAsset> libraryImages;
    private int libraryImagesShown = LIBRARY_STEP;
    private boolean moreLibraryImages;

    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            form.setAuthorName(editing.defaultByline(user.actor()).orElse(null));
            mayPublish = user.actor().is(Role.AUTHOR);
            return;
        }
        Article article = editing.find(id).orElse(null);
        if (article == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "There is no such article.");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        show(article);
        if (!mayEdit) {
            Messages.error("You may not change this article; it belongs to someone else or is no longer a draft.");
        } else if (!article.isPublic()) {
            previews.current(id, user.actor()).ifPresent(this::showPreview);
        }
    }

    private void show(Article article) {
        id = article.id();
        version = article.version();
        status = article.status();
        publicPath = article.isPublic() ? "/" + article.slug().value() : null;
        mayEdit = EditorialRights.mayEdit(user.actor(), article);
        mayPublish = EditorialRights.mayPublish(user.actor(), article);
        mayTrash = EditorialRights.mayTrash(user.actor(), article);
        form.fill(article);
    }

    public String save() {
        return act(() -> {
            Article saved = storeForm(true);
            conflict = null;
            return saved;
        }, "Saved.");
    }

    /**
     * Saves in the background while the editor types, over the version they have, never over a newer
     * one: a conflict only says so, and their text stays in the form for a deliberate save.
     */
    public void autosave() {
        try {
            Article saved = storeForm(false);
            id = saved.id();
            version = saved.version();
            autosaveStatus = "Autosaved at " + LocalTime.now(ZoneId.of(siteSettings.current().timeZone())).truncatedTo(ChronoUnit.SECONDS) + ".";
            unsaved = false;
        } catch (EditConflict stale) {
            autosaveStatus = "Not autosaved: " + stale.stored().savedBy() + " saved a newer version. Press Save to compare and merge.";
        } catch (RuleViolation refused) {
            autosaveStatus = "Not autosaved: " + refused.getMessage();
        } catch (ConstraintViolationException invalid) {
            autosaveStatus = "Not autosaved: " + Messages.whatIsMissing(invalid);
        }
    }

    /** Shows the private preview link to share with reviewers, made now if none works. */
    public void sharePreview() {
        changePreview(() -> showPreview(previews.share(id, user.actor())), null);
    }

    /** Gives the preview a new address; whoever has the old one sees nothing now. */
    public void renewPreview() {
        changePreview(() -> showPreview(previews.renew(id, user.actor())), "The preview has a new link; the old one no longer works.");
    }

    public void revokePreview() {
        changePreview(() -> {
            previews.revoke(id, user.actor());
            previewPath = null;
            previewExpires = null;
        }, "The preview link no longer works.");
    }

    private static void changePreview(Runnable change, String done) {
        try {
            change.run();
            if (done != null) {
                Messages.info(done);
            }
        } catch (RuleViolation refused) {
            Messages.error(refused.getMessage());
        }
    }

    private void showPreview(PreviewLink link) {
        previewPath = siteSettings.current().baseUrl() + Reading.PREVIEW_PATH + link.token();
        previewExpires = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
                .format(link.expiresAt().atZone(ZoneId.of(siteSettings.current().timeZone())));
    }

    public String getPreviewExpires() {
        return previewExpires;
    }

    public String getPreviewPath() {
        return previewPath;
    }

    public void checkSlug() {
        slugCheck = editing.checkSlug(id, form.getSlug(), form.getTitle());
    }

    public Editing.SlugCheck getSlugCheck() {
        return slugCheck;
    }

    public String getAutosaveStatus() {
        return autosaveStatus;
    }

    public int getMaxSummaryLength() {
        return Article.MAX_SUMMARY_LENGTH;
    }

    /** After a conflict: save this text over the version that is stored now, knowingly. */
    public String keepMine() {
        version = conflict.version();
        return save();
    }

    public String publish() {
        return act(() -> editing.publish(savedId(), user.actor()), "Published.");
    }

    public String schedule() {
        return act(() -> editing.schedule(savedId(), publicationTime(), user.actor()), "Scheduled.");
    }

    public String submitForReview() {
        return act(() -> editing.submitForReview(savedId(), user.actor()), "Submitted for review; an editor will publish it.");
    }

    public String unpublish() {
        return act(() -> editing.unpublish(id, user.actor()), "Unpublished; readers no longer see it.");
    }

    public String trash() {
        return act(() -> editing.trash(id, user.actor()), "Moved to the trash.");
    }

    public String restore() {
        return act(() -> editing.restore(id, user.actor()), "Restored from the trash as a draft.");
    }

    /** The first press only asks; deleting needs a second, deliberate one. */
    public void askToDelete() {
        confirmingDelete = true;
    }

    public String delete() {
        return Messages.attempt(() -> {
            editing.delete(id, user.actor());
            return "Deleted '" + form.getTitle() + "' permanently.";
        }, "/index.xhtml?faces-redirect=true");
    }

    /** Fills the cover fields from the chosen library image; its alt text only where the editor wrote none. */
    public void useLibraryCover() {
        library.at(libraryCover).ifPresentOrElse(image -> {
            form.setCoverUrl(image.url());
            unsaved = true;
            if (form.getCoverAlt() == null || form.getCoverAlt().isBlank()) {
                form.setCoverAlt(image.alt());
            }
            Messages.info("Cover set to " + image.fileName() + "; save to keep it.");
        }, () -> Messages.error("Choose an image from the media library first."));
    }

    /**
     * Puts the chosen library image into the body, with its alt text, as a paragraph of its own
     * where the writer's cursor was (at the end when the browser could not tell).
     */
    public void insertLibraryImage() {
        library.at(libraryCover).ifPresentOrElse(image -> {
            // Browsers send a text area's line breaks as CR LF, but count the cursor's place in LF alone.
            String body = form.getBody() == null ? "" : form.getBody().replace("\r\n", "\n");
            int at = bodyCursor < 0 || bodyCursor > body.length() ? body.length() : bodyCursor;
            String before = body.substring(0, at).stripTrailing();
            String after = body.substring(at).stripLeading();
            String inserted = BodyFormat.valueOf(form.getFormat()).image(image.url(), image.alt());
            form.setBody((before.isEmpty() ? "" : before + "\n\n") + inserted + (after.isEmpty() ? "\n" : "\n\n" + after));
            bodyCursor = -1;
            unsaved = true;
            Messages.info(image.fileName() + " is in the body now; save to keep it.");
        }, () -> Messages.error("Choose an image from the media library first."));
    }

    public boolean isUnsaved() {
        return unsaved;
    }

    public int getBodyCursor() {
        return bodyCursor;
    }

    public void setBodyCursor(int bodyCursor) {
        this.bodyCursor = bodyCursor;
    }

    /** The reading pace of the public pages, for the editor's live reading time. */
    public int getWordsPerMinute() {
        return ReadingTime.WORDS_PER_MINUTE;
    }

    /** Uploads an image to the library with the cover alt text, and makes it the cover of what is being edited. */
    public void uploadCover() {
        ImageUpload.store(library, coverFile, form.getCoverAlt(), user.actor()).ifPresent(image -> {
            form.setCoverUrl(image.url());
            unsaved = true;
            libraryCover = image.url();
            libraryImages = null;
            Messages.info("It is the cover now; save to keep it.");
        });
    }

    /** How long the browser waits after a change before it presses the autosave button. */
    public long getAutosaveMillis() {
        return editing.autosaveInterval().toMillis();
    }

    /** For the browser, which names a larger cover file as soon as it is chosen. */
    public int getMaxUploadBytes() {
        return library.uploadLimitBytes();
    }

    public boolean isMayUpload() {
        return user.isAuthor();
    }

    public Part getCoverFile() {
        return coverFile;
    }

    public void setCoverFile(Part coverFile) {
        this.coverFile = coverFile;
    }

    /** The newest images of the library to pick a cover from; older ones come a step at a time. */
    public List<MediaAsset> getLibraryImages() {
        if (libraryImages == null) {
            List<MediaAsset> found = library.newest(0, libraryImagesShown + 1);
            moreLibraryImages = found.size() > libraryImagesShown;
            libraryImages = found.subList(0, Math.min(found.size(), libraryImagesShown));
        }
        return libraryImages;
    }

    public boolean isMoreLibraryImages() {
        getLibraryImages();
        return moreLibraryImages;
    }

    public void showOlderImages() {
        libraryImagesShown += LIBRARY_STEP;
        libraryImages = null;
    }

    /** The library image the picker shows: the one chosen, or else the cover the article has. */
    public String getLibraryCover() {
        return libraryCover != null ? libraryCover : form.getCoverUrl();
    }

    public void setLibraryCover(String libraryCover) {
        this.libraryCover = libraryCover;
    }

    public void preview() {
        preview = ReadableBody.of(BodyFormat.valueOf(form.getFormat()).toSafeHtml(form.getBody()), library::at);
    }

    /** Saves first, so publishing never publishes anything but what the editor sees. */
    private String savedId() {
        return storeForm(true).id();
    }

    /** A new article is created; an opened one is saved over the version the form has, with a revision unless autosaved. */
    private Article storeForm(boolean keepRevision) {
        ArticleDraft draft = form.draft();
        if (id == null) {
            return editing.create(draft, user.actor());
        }
        return keepRevision ? editing.save(id, version, draft, user.actor()) : editing.autosave(id, version, draft, user.actor());
    }

    private Instant publicationTime() {
        try {
            return LocalDateTime.parse(scheduleAt).atZone(ZoneId.of(siteSettings.current().timeZone())).toInstant();
        } catch (DateTimeParseException | NullPointerException notADateTime) {
            throw new RuleViolation("Choose the date and time to publish at.");
        }
    }

    private String act(Supplier<Article> action, String done) {
        try {
            Article article = action.get();
            Messages.info(done);
            return "/edit.xhtml?faces-redirect=true&id=" + article.id();
        } catch (EditConflict stale) {
            conflict = stale.stored();
            Messages.error(stale.getMessage());
        } catch (RuleViolation refused) {
            Messages.error(refused.getMessage());
        } catch (ConstraintViolationException invalid) {
            Messages.error(Messages.whatIsMissing(invalid));
        }
        return null;
    }

    public ArticleForm getForm() {
        return form;
    }

    public ArticleKind[] getKinds() {
        return ArticleKind.values();
    }

    public BodyFormat[] getFormats() {
        return BodyFormat.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStatus() {
        return status == null ? null : status.description();
    }

    public String getPublicPath() {
        return publicPath;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isMayPublish() {
        return mayPublish;
    }

    public boolean isPublished() {
        return publicPath != null;
    }

    /** A contributor's own draft, new or saved, that they can hand to an editor. */
    public boolean isMaySubmitForReview() {
        return mayEdit && !mayPublish && (id == null || status == ArticleStatus.DRAFT);
    }

    public boolean isMayTrash() {
        return mayTrash;
    }

    public boolean isTrashed() {
        return status == ArticleStatus.TRASHED;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    public String getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(String scheduleAt) {
        this.scheduleAt = scheduleAt;
    }

    public String getPreview() {
        return preview;
    }

    public EditConflict.StoredVersion getConflict() {
        return conflict;
    }

    /** After a conflict, how the editor's text differs from the stored one. */
    public String getConflictDifference() {
        return conflict == null ? "" : TextDifference.unified("theirs", conflict.body(), "yours", form.getBody());
    }
}
