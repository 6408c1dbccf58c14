package org.gazette.domain.importjob;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The document an import job reads, kept apart from the job so that following a job never loads it. */
@Entity
@Table(name = "import_job_document")
public class ImportDocument {

    @Id
    @Column(name = "job_id", length = 36)
    private String jobId;

    @Column(nullable = false)
    private byte[] bytes;

    protected ImportDocument() {
    }

    public ImportDocument(ImportJob job, byte[] bytes) {
        this.jobId = job.id();
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
