package org.gazette.domain.revision;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface RevisionRepository {

    void add(Revision revision);

    /** A page of an article's revisions, newest first. */
    List<Revision> ofArticle(String articleId, int offset, int limit);

    /** Every revision of these articles, newest first, in one query: an export reads many articles at once. */
    Map<String, List<Revision>> ofArticles(Collection<String> articleIds);

    /** One revision of an article. */
    Optional<Revision> find(String articleId, String revisionId);
}
