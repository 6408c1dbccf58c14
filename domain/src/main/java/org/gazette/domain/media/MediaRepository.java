package org.gazette.domain.media;

import java.util.List;
import java.util.Optional;

public interface MediaRepository {

    void add(MediaAsset.Upload upload);

    Optional<MediaAsset> findById(String id);

    /** Every asset, newest first. */
    List<MediaAsset> all();

    /** The stored bytes of an asset at one of its widths. */
    Optional<MediaFile> file(String assetId, int width);

    /** Deletes the asset with all its stored files. */
    void remove(MediaAsset asset);
}
