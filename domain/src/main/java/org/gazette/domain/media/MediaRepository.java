package org.gazette.domain.media;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface MediaRepository {

    void add(MediaAsset.Upload upload);

    Optional<MediaAsset> findById(String id);

    /** A page of the library, newest first. */
    List<MediaAsset> newest(int offset, int limit);

    /** The assets of these ids that exist, by id: one query for the covers of a whole listing. */
    Map<String, MediaAsset> findByIds(Collection<String> ids);

    /** The images imports copied from these addresses, by address. */
    Map<String, MediaAsset> findBySources(Collection<String> sourceUrls);

    /** The stored bytes of an asset at one of its widths. */
    Optional<MediaFile> file(String assetId, int width);

    /** The whole library in steps, ordered by id, after the id of the last one read. */
    List<MediaAsset> afterId(Optional<String> lastId, int limit);

    /** Deletes the asset with all its stored files. */
    void remove(MediaAsset asset);
}
