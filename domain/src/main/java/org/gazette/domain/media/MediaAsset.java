package org.gazette.domain.media;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gazette.domain.KeptId;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.WebAddress;

/**
 * An image in the media library: what it is, who brought it, how readers who cannot see it learn
 * what it shows, and the widths it is served at. Its address never changes, so browsers keep it.
 */
@Entity
@Table(name = "media_asset")
public class MediaAsset {

    /** Where the site serves media files: {@code /media/{id}/{width}/{file name}}. */
    public static final String PATH = "/media/";
    public static final int MAX_ALT_LENGTH = 500;
    public static final int MAX_SOURCE_LENGTH = WebAddress.MAX_LENGTH;
    private static final Pattern ADDRESS = Pattern.compile(PATH + "([0-9a-f-]{36})/(\\d{1,5})/[a-z0-9.-]+$");
    private static final Pattern ANY_ADDRESS = Pattern.compile(PATH + "([0-9a-f-]{36})/");

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(length = MAX_ALT_LENGTH)
    private String alt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    private int width;

    private int height;

    /** The widths served, smallest first, separated by spaces. */
    @Column(length = 100)
    private String widths;

    @Column(name = "uploaded_by", length = 50)
    private String uploadedBy;

    /** Where an import copied the image from, so that a later import of the same document copies it no more. */
    @Column(name = "source_url", length = MAX_SOURCE_LENGTH)
    private String sourceUrl;

    protected MediaAsset() {
    }

    MediaAsset(String fileName, UploadedImage image, List<Integer> widths, String alt, String uploadedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.fileName = fileName;
        this.contentType = image.contentType();
        this.sizeBytes = image.original().bytes().length;
        this.width = image.width();
        this.height = image.height();
        this.widths = widths.stream().map(String::valueOf).collect(Collectors.joining(" "));
        this.url = address(width);
        this.uploadedBy = uploadedBy;
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        describe(alt);
    }

    /**
     * Checks the upload and makes the asset with one stored file per width; the files go to the
     * repository with the asset.
     */
    public static Upload of(String fileName, byte[] bytes, String alt, String uploadedBy, Instant now) {
        String safeName = safeFileName(fileName);
        UploadedImage image = UploadedImage.read(safeName, bytes);
        List<UploadedImage.Rendition> renditions = new ArrayList<>(image.smaller());
        renditions.add(image.original());
        MediaAsset asset = new MediaAsset(safeName, image, renditions.stream().map(UploadedImage.Rendition::width).toList(),
                alt, uploadedBy, now);
        return new Upload(asset, renditions.stream().map(rendition -> new MediaFile(asset, rendition)).toList());
    }

    /**
     * An image an import copied from the site a blog moved away from, named after its file there and
     * remembered by its address there.
     */
    public static Upload copiedFrom(String sourceUrl, byte[] bytes, String alt, String copiedBy, Instant now) {
        if (sourceUrl.length() > MAX_SOURCE_LENGTH) {
            throw new RuleViolation("The image's address is longer than " + MAX_SOURCE_LENGTH + " characters.");
        }
        String path = sourceUrl.replaceAll("[?#].*", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        Upload upload = of(name.isBlank() || !name.matches(".*[A-Za-z0-9].*") ? "image" : name, bytes, alt, copiedBy, now);
        upload.asset().sourceUrl = sourceUrl;
        return upload;
    }

    /**
     * An asset as a backup kept it, under its own id, with the stored bytes of each width; each file
     * must be an image of a format browsers show.
     */
    public static Upload reinstated(String id, String fileName, long sizeBytes, List<Integer> widths, String alt, String uploadedBy,
            Instant uploadedAt, IntFunction<byte[]> bytesAtWidth) {
        if (widths == null || widths.isEmpty()) {
            throw new RuleViolation("The image " + id + " needs at least one stored width.");
        }
        String safeName = safeFileName(fileName);
        List<Integer> sorted = widths.stream().sorted().toList();
        byte[] original = bytesAtWidth.apply(sorted.get(sorted.size() - 1));
        UploadedImage image = UploadedImage.read(safeName, original);
        MediaAsset asset = new MediaAsset(safeName, image, sorted, alt, uploadedBy, uploadedAt);
        asset.id = KeptId.of(id, "An image's");
        asset.url = asset.address(image.width());
        asset.sizeBytes = sizeBytes;
        List<MediaFile> files = new ArrayList<>();
        for (int width : sorted) {
            byte[] bytes = width == image.width() ? original : bytesAtWidth.apply(width);
            files.add(new MediaFile(asset, new UploadedImage.Rendition(width, UploadedImage.contentTypeOf(safeName, bytes), bytes)));
        }
        return new Upload(asset, files);
    }

    /** A new asset and its stored files. */
    public record Upload(MediaAsset asset, List<MediaFile> files) {
    }

    public void describe(String alt) {
        if (alt == null || alt.isBlank()) {
            throw new RuleViolation("Describe what '" + fileName + "' shows in its alt text: readers who cannot see it rely on it.");
        }
        if (alt.strip().length() > MAX_ALT_LENGTH) {
            throw new RuleViolation("Alt text may have at most " + MAX_ALT_LENGTH + " characters.");
        }
        this.alt = alt.strip();
    }

    /** The address of this image at one of its widths. */
    public String address(int atWidth) {
        return PATH + id + "/" + atWidth + "/" + fileName;
    }

    /** Every width with its address, as {@code srcset} lists them. */
    public String sourceSet() {
        return widths().stream().map(each -> address(each) + " " + each + "w").collect(Collectors.joining(", "));
    }

    public List<Integer> widths() {
        return Arrays.stream(widths.split(" ")).map(Integer::valueOf).toList();
    }

    /** The asset id and width in a media address, relative or absolute; empty for any other address. */
    public static Optional<Served> servedAt(String address) {
        Matcher matcher = ADDRESS.matcher(address == null ? "" : address);
        return matcher.find() ? Optional.of(new Served(matcher.group(1), Integer.parseInt(matcher.group(2)))) : Optional.empty();
    }

    /** The ids of every asset whose address appears in a text, such as an article's body or cover URL. */
    public static Set<String> idsIn(String text) {
        return text == null ? Set.of() : ANY_ADDRESS.matcher(text).results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    /** Which asset, at which width, an address serves. */
    public record Served(String assetId, int width) {
    }

    /** Letters, digits, dots and dashes only, so the name can sit in an address as it is. */
    static String safeFileName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-")
                .replaceAll("^[-.]+", "");
        if (base.isBlank()) {
            throw new RuleViolation("Choose a file to upload.");
        }
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** The address of the original. */
    public String url() {
        return url;
    }

    public String alt() {
        return alt;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Instant uploadedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    /** The address an import copied the image from; empty for an uploaded one. */
    public Optional<String> sourceUrl() {
        return Optional.ofNullable(sourceUrl);
    }

}
