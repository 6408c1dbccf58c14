package org.gazette.domain.importjob;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.gazette.domain.RuleViolation;

/**
 * One import of a feed document: who started it and when, how far it has come, and how it ended.
 * The server running a job shows a sign of life every few seconds and after every chunk; one that has shown none for
 * {@link #SILENCE_BEFORE_INTERRUPTED} was cut off (its server died) and may be resumed, which
 * imports the same document again ({@link ImportDocument}): what was written is left unchanged, the
 * rest is created.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** Longer than any chunk takes, so a slow chunk is not taken for a dead server. */
    public static final Duration SILENCE_BEFORE_INTERRUPTED = Duration.ofSeconds(20);

    /** How a job stands. */
    public enum State {
        RUNNING, FINISHED, FAILED, INTERRUPTED
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "last_sign_of_life", nullable = false)
    private LocalDateTime lastSignOfLife;

    @Column(nullable = false)
    private int total;

    @Column(name = "items_done", nullable = false)
    private int done;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(length = 2000)
    private String failure;

    private int created;
    private int updated;
    private int unchanged;
    private int rejected;
    private int skipped;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "import_job_item", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "item_index")
    private List<ImportJobItem> items = new ArrayList<>();

    /** What the document was read as: "RSS 2.0", "Ghost export (Ghost 5.96.0)". */
    @Column(length = 100)
    private String format;

    /** Whether the import copies the old site's images into the media library. */
    @Column(name = "copy_images", nullable = false)
    private boolean copyImages;

    /** The old site's address, as the editor gave it for an export that does not carry it. */
    @Column(name = "old_site", length = 500)
    private String oldSite;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "import_job_image", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "image_index")
    private List<ImportJobImage> images = new ArrayList<>();

    protected ImportJob() {
    }

    public ImportJob(int total, String format, boolean copyImages, String oldSite, String startedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.format = format == null || format.length() <= 100 ? format : format.substring(0, 100);
        this.copyImages = copyImages;
        this.oldSite = oldSite;
        this.total = total;
        this.startedBy = startedBy;
        this.startedAt = utc(now);
        this.state = State.RUNNING;
        this.lastSignOfLife = utc(now);
    }

    /** The server running the job says it still is, between chunks that may take a while. */
    public void alive(Instant now) {
        if (state == State.RUNNING) {
            this.lastSignOfLife = utc(now);
        }
    }

    public void progressed(int itemsDone, Instant now) {
        this.done = itemsDone;
        this.lastSignOfLife = utc(now);
    }

    public void finished(int created, int updated, int unchanged, int rejected, int skipped, List<ImportJobItem> outcomes,
            List<ImportJobImage> imageOutcomes, Instant now) {
        this.images = new ArrayList<>(imageOutcomes);
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.rejected = rejected;
        this.skipped = skipped;
        this.items = new ArrayList<>(outcomes);
        this.done = total;
        this.state = State.FINISHED;
        this.lastSignOfLife = utc(now);
    }

    public void failed(String why, Instant now) {
        this.failure = why.length() > 2000 ? why.substring(0, 2000) : why;
        this.state = State.FAILED;
        this.lastSignOfLife = utc(now);
    }

    /** Starts a job that was cut off once more, from the beginning of its document. */
    public void resume(Instant now) {
        if (stateAt(now) != State.INTERRUPTED) {
            throw new RuleViolation("Only an interrupted import can be resumed; this one is " + stateAt(now).name().toLowerCase() + ".");
        }
        this.state = State.RUNNING;
        this.failure = null;
        this.lastSignOfLife = utc(now);
    }

    /** RUNNING, unless a running job fell silent: then its server died under it. */
    public State stateAt(Instant now) {
        if (state == State.RUNNING && lastSignOfLife().plus(SILENCE_BEFORE_INTERRUPTED).isBefore(now)) {
            return State.INTERRUPTED;
        }
        return state;
    }

    public String id() {
        return id;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt.toInstant(ZoneOffset.UTC);
    }

    public Instant lastSignOfLife() {
        return lastSignOfLife.toInstant(ZoneOffset.UTC);
    }

    public int total() {
        return total;
    }

    public int done() {
        return done;
    }

    public String failure() {
        return failure;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int rejected() {
        return rejected;
    }

    public int skipped() {
        return skipped;
    }

    public List<ImportJobItem> items() {
        return List.copyOf(items);
    }

    public boolean copiesImages() {
        return copyImages;
    }

    public String format() {
        return format;
    }

    public String oldSite() {
        return oldSite;
    }

    public List<ImportJobImage> images() {
        return List.copyOf(images);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
