package org.gazette.feed.imports;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.gazette.application.feedimport.FeedDocuments;
import org.gazette.application.feedimport.ImportedFeed;
import org.gazette.application.feedimport.RefusedFeed;

/**
 * The import API's feed reader offered to the rest of the application, at {@link FeedDocuments#LOOKUP}:
 * a local enterprise bean is what another module of the EAR (the admin) can look up, while the feed
 * library stays in this one.
 */
@Stateless
@Local(FeedDocuments.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RomeFeedDocuments implements FeedDocuments {

    @Override
    public ImportedFeed read(byte[] document, String oldSite) {
        try {
            return FeedReader.read(document, oldSite);
        } catch (RefusedDocument refused) {
            throw new RefusedFeed(refused.getMessage());
        }
    }
}
