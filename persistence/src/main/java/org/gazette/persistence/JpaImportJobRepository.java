package org.gazette.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.gazette.domain.importjob.ImportDocument;
import org.gazette.domain.importjob.ImportJob;
import org.gazette.domain.importjob.ImportJobRepository;

@ApplicationScoped
public class JpaImportJobRepository extends JpaRepository<ImportJob> implements ImportJobRepository {

    protected JpaImportJobRepository() {
        this(null);
    }

    JpaImportJobRepository(EntityManager em) {
        super(ImportJob.class, em);
    }

    @Override
    public void add(ImportJob job, ImportDocument document) {
        em.persist(job);
        // The two share no mapped relation, so EclipseLink would not know to write the job first.
        em.flush();
        em.persist(document);
    }

    @Override
    public Optional<ImportDocument> documentOf(ImportJob job) {
        return Optional.ofNullable(em.find(ImportDocument.class, job.id()));
    }

    @Override
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    @Override
    public List<ImportJob> newest(int limit) {
        return em.createQuery("SELECT j FROM ImportJob j ORDER BY j.startedAt DESC", ImportJob.class).setMaxResults(limit).getResultList();
    }
}
