package org.gazette.domain.revision;

import java.util.List;

public interface RevisionRepository {

    void add(Revision revision);

    /** Newest first. */
    List<Revision> ofArticle(String articleId);
}
