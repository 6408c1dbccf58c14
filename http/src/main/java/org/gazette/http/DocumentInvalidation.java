package org.gazette.http;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.gazette.application.ArticleChanged;
import org.gazette.application.SiteChanged;

/**
 * Tells the document cache what changed once the change is committed. The article changes of one
 * transaction are collected and applied together after it commits, so an import chunk of hundreds of
 * articles sweeps the cache once; a rolled-back transaction changes nothing. The other servers of a
 * cluster hear the same changes ({@link ClusterChanges}).
 */
@ApplicationScoped
public class DocumentInvalidation {

    private static final Object CHANGES = DocumentInvalidation.class.getName() + ".changes";

    @Inject
    DocumentCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    void collect(@Observes ArticleChanged change) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            everywhere(ClusterChanges.Change.of(List.of(change)));
            return;
        }
        @SuppressWarnings("unchecked")
        List<ArticleChanged> collected = (List<ArticleChanged>) transactions.getResource(CHANGES);
        if (collected == null) {
            List<ArticleChanged> changes = new ArrayList<>();
            transactions.putResource(CHANGES, changes);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing is known to be committed yet.
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        everywhere(ClusterChanges.Change.of(changes));
                    }
                }
            });
            collected = changes;
        }
        collected.add(change);
    }

    void drop(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteChanged change) {
        everywhere(ClusterChanges.Change.ofEverything());
    }

    /** Here at once, then on the other servers of the cluster. */
    private void everywhere(ClusterChanges.Change change) {
        change.applyTo(cache);
        ClusterChanges.tell(change);
    }
}
