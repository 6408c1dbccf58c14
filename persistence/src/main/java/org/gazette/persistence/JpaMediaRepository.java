package org.gazette.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.media.MediaFile;
import org.gazette.domain.media.MediaRepository;

@ApplicationScoped
public class JpaMediaRepository extends JpaRepository<MediaAsset> implements MediaRepository {

    protected JpaMediaRepository() {
        this(null);
    }

    JpaMediaRepository(EntityManager em) {
        super(MediaAsset.class, em);
    }

    @Override
    public void add(MediaAsset.Upload upload) {
        em.persist(upload.asset());
        upload.files().forEach(em::persist);
    }

    @Override
    public Optional<MediaAsset> findById(String id) {
        return Optional.ofNullable(em.find(MediaAsset.class, id));
    }

    @Override
    public List<MediaAsset> newest(int offset, int limit) {
        return em.createQuery("SELECT m FROM MediaAsset m ORDER BY m.createdAt DESC, m.id", MediaAsset.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<String, MediaAsset> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m FROM MediaAsset m WHERE m.id IN :ids", MediaAsset.class).setParameter("ids", List.copyOf(ids))
                .getResultStream().collect(Collectors.toMap(MediaAsset::id, Function.identity()));
    }

    @Override
    public Map<String, MediaAsset> findBySources(Collection<String> sourceUrls) {
        if (sourceUrls.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m FROM MediaAsset m WHERE m.sourceUrl IN :sources", MediaAsset.class)
                .setParameter("sources", List.copyOf(sourceUrls)).getResultStream()
                .collect(Collectors.toMap(asset -> asset.sourceUrl().orElseThrow(), Function.identity(), (first, again) -> first));
    }

    @Override
    public Optional<MediaFile> file(String assetId, int width) {
        return Optional.ofNullable(em.find(MediaFile.class, MediaFile.key(assetId, width)));
    }

    /** A bulk delete of the files, so that no cached copy of their bytes outlives them. */
    @Override
    public List<MediaAsset> afterId(Optional<String> lastId, int limit) {
        return inSteps("id", lastId, limit);
    }

    @Override
    public void remove(MediaAsset asset) {
        em.createQuery("DELETE FROM MediaFile f WHERE f.assetId = :asset").setParameter("asset", asset.id()).executeUpdate();
        em.remove(asset);
    }
}
