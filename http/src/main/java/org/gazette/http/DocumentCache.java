package org.gazette.http;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gazette.application.PublicContent;

/**
 * Rendered documents, kept until the public content changes. A request for an unchanged document
 * never queries the database or renders; the first request after a change renders it again. Paths
 * that name nothing are remembered too, so probing unknown tags costs no queries either.
 */
@ApplicationScoped
public class DocumentCache {

    private final Map<String, Versioned> documents = new ConcurrentHashMap<>();

    @Inject
    PublicContent content;

    /** The document at this key, rendered now when there is none for the current content. */
    public Optional<RenderedDocument> get(String key, Supplier<Optional<RenderedDocument>> render) {
        long version = content.version();
        Versioned cached = documents.get(key);
        if (cached != null && cached.version() == version) {
            return cached.document();
        }
        Optional<RenderedDocument> fresh = render.get();
        documents.put(key, new Versioned(version, fresh));
        return fresh;
    }

    /** The content version to render at; pass it back to {@link #put} so a change meanwhile is not hidden. */
    public long version() {
        return content.version();
    }

    /** The cached document for the current content, if one was rendered for it. */
    public Optional<RenderedDocument> current(String key) {
        Versioned cached = documents.get(key);
        return cached != null && cached.version() == content.version() ? cached.document() : Optional.empty();
    }

    public void put(String key, long renderedAtVersion, RenderedDocument document) {
        documents.put(key, new Versioned(renderedAtVersion, Optional.of(document)));
    }

    /** The version is read before rendering, so a change committed meanwhile renders again next time. */
    private record Versioned(long version, Optional<RenderedDocument> document) {
    }
}
