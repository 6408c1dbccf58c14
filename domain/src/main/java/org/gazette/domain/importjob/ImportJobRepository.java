package org.gazette.domain.importjob;

import java.util.List;
import java.util.Optional;

public interface ImportJobRepository {

    void add(ImportJob job, ImportDocument document);

    Optional<ImportJob> find(String id);

    Optional<ImportDocument> documentOf(ImportJob job);

    /** The newest jobs first, at most {@code limit} of them. */
    List<ImportJob> newest(int limit);
}
