package org.gazette.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;

import org.gazette.application.ArticleChanged;

/**
 * Carries the committed changes of each server to every other server of the cluster, over a topic of
 * Payara's Domain Data Grid, and applies theirs here with the same precision as one server's own
 * (ADR 006). One subscription serves the whole application, as the document cache does; a server
 * whose grid is off (or that runs alone) simply has nobody to tell.
 */
final class ClusterChanges {

    static final String TOPIC = "gazette.public-changes";
    private static final Logger LOG = Logger.getLogger(ClusterChanges.class.getName());
    private static final ObjectInputFilter ONLY_CHANGES = ObjectInputFilter.Config.createFilter(
            "org.gazette.**;java.time.*;java.util.*;java.lang.*;!*");

    private static ITopic<byte[]> topic;
    private static UUID subscription;

    private ClusterChanges() {
    }

    /** Starts hearing the other servers, once for the application, however many WARs ask. */
    static synchronized void join(DocumentCache cache, Optional<HazelcastInstance> running) {
        if (topic != null) {
            return;
        }
        if (running.isEmpty()) {
            LOG.info("GAZETTE-1502 Gazette's changes reach this server's documents only.");
            return;
        }
        HazelcastInstance grid = running.get();
        topic = grid.getTopic(TOPIC);
        subscription = topic.addMessageListener(message -> receive(message, cache));
        LOG.info(() -> "GAZETTE-1503 Gazette shares its changes through the data grid '" + grid.getConfig().getClusterName() + "' ("
                + grid.getCluster().getMembers().size() + " member(s) now).");
    }

    static synchronized void leave() {
        if (topic != null) {
            topic.removeMessageListener(subscription);
            topic = null;
        }
    }

    /** Tells the other servers what this one just committed. */
    static void tell(Change change) {
        ITopic<byte[]> heard = topic;
        if (heard != null) {
            heard.publish(encoded(change));
        }
    }

    private static void receive(Message<byte[]> message, DocumentCache cache) {
        if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
            return;
        }
        decoded(message.getMessageObject()).applyTo(cache);
    }

    private static byte[] encoded(Change change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(change);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static Change decoded(byte[] bytes) {
        try (ObjectInputStream in = new OwnClasses(bytes)) {
            in.setObjectInputFilter(ONLY_CHANGES);
            return (Change) in.readObject();
        } catch (IOException | ClassNotFoundException garbled) {
            throw new IllegalStateException("Gazette could not read a change another server sent: " + garbled, garbled);
        }
    }

    /** What one transaction changed: some articles, or everything every page shows. */
    record Change(List<ArticleChanged> articles, boolean everything) implements Serializable {

        static Change of(List<ArticleChanged> articles) {
            return new Change(List.copyOf(articles), false);
        }

        static Change ofEverything() {
            return new Change(List.of(), true);
        }

        void applyTo(DocumentCache cache) {
            if (everything) {
                SiteAddress.forget();
                cache.invalidateAll();
            } else {
                cache.invalidate(articles);
            }
        }
    }

    /** Reads with the application's classes: the grid's thread knows only the server's own. */
    private static final class OwnClasses extends ObjectInputStream {

        OwnClasses(byte[] bytes) throws IOException {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, ClusterChanges.class.getClassLoader());
            } catch (ClassNotFoundException notOurs) {
                return super.resolveClass(description);
            }
        }
    }
}
