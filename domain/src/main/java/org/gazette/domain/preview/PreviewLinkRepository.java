package org.gazette.domain.preview;

import java.util.Optional;

public interface PreviewLinkRepository {

    Optional<PreviewLink> findByToken(String token);

    Optional<PreviewLink> findForArticle(String articleId);

    void add(PreviewLink link);

    void remove(PreviewLink link);
}
