package org.gazette.domain.media;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gazette.domain.RuleViolation;

/** An uploaded or referenced file, such as a cover image, with its alt text. */
@Entity
@Table(name = "media_asset")
public class MediaAsset {

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

    @Column(length = 500)
    private String alt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected MediaAsset() {
    }

    public MediaAsset(String fileName, String contentType, long sizeBytes, String url, String alt, Instant now) {
        if (fileName == null || fileName.isBlank() || url == null || url.isBlank()) {
            throw new RuleViolation("A media file needs a file name and a URL.");
        }
        this.id = UUID.randomUUID().toString();
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.url = url;
        this.alt = alt;
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
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

    public String url() {
        return url;
    }

    public String alt() {
        return alt;
    }
}
