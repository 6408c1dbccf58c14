package org.gazette.domain.revision;

import java.util.List;
import java.util.Optional;

public interface RevisionRepository {

    void add(Revision revision);

    /** A page of an article's revisions, newest first. */
    List<Revision> ofArticle(String articleId, int offset, int limit);

    /** One revision of an article. */
    Optional<Revision> find(String articleId, String revisionId);
}
