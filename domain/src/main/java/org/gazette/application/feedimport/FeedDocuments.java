package org.gazette.application.feedimport;

/**
 * Reads an RSS or Atom document, or a WordPress or Ghost export, into the items of an import. The feed module implements it (the
 * feed library lives there), so the admin's import screen can use the same reader as the import API.
 */
public interface FeedDocuments {

    /** Where the EAR's feed module offers its implementation, by the portable name of an enterprise bean. */
    String LOOKUP = "java:app/feed/RomeFeedDocuments!org.gazette.application.feedimport.FeedDocuments";

    /**
     * The feed in the document; a document that is no feed, or a hostile one, is refused with
     * {@link RefusedFeed}. {@code oldSite}, when not null, is the address of the site the document
     * comes from, for an export that does not carry it.
     */
    ImportedFeed read(byte[] document, String oldSite);
}
