package org.gazette.application;

/**
 * Work that only one server of a cluster may do at a time, because two doing it at once would do it
 * twice: the first start of an installation, the publication of due articles. Taking the lock joins
 * the current transaction and holds until it ends; a server that asks meanwhile waits, and then sees
 * what the first one committed.
 */
public interface ExclusiveWork {

    /** The kinds of work, one lock each. */
    enum Kind {
        INSTALLATION, PUBLICATION
    }

    /** Waits until no other server does this kind of work, and keeps them out until this transaction ends. */
    void lock(Kind kind);
}
