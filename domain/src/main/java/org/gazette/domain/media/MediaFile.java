package org.gazette.domain.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored bytes of one width of a media asset, kept in the database so a backup holds everything. */
@Entity
@Table(name = "media_file")
public class MediaFile {

    @Id
    @Column(length = 50)
    private String id;

    @Column(name = "asset_id", nullable = false, length = 36)
    private String assetId;

    private int width;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    protected MediaFile() {
    }

    MediaFile(MediaAsset asset, UploadedImage.Rendition rendition) {
        this.id = key(asset.id(), rendition.width());
        this.assetId = asset.id();
        this.width = rendition.width();
        this.contentType = rendition.contentType();
        this.bytes = rendition.bytes();
    }

    public static String key(String assetId, int width) {
        return assetId + "-" + width;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] bytes() {
        return bytes;
    }
}
