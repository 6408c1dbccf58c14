package org.gazette.domain.redirect;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface RedirectRepository {

    Optional<Redirect> findFrom(String path);

    /**
     * From now on the old path leads to the new one, whatever it led to before. The new path is live
     * again, so nothing redirects away from it (a move back would loop), and what led to the old path
     * leads straight on (no chains).
     */
    default void move(String fromPath, String toPath) {
        findFrom(toPath).ifPresent(this::remove);
        pointingTo(fromPath).forEach(earlier -> earlier.retarget(toPath));
        findFrom(fromPath).ifPresentOrElse(redirect -> redirect.retarget(toPath), () -> add(new Redirect(fromPath, toPath)));
    }

    List<Redirect> pointingTo(String path);

    /** Which of these paths lead somewhere already, in one look. */
    Set<String> existingFrom(Collection<String> paths);

    void remove(Redirect redirect);

    void add(Redirect redirect);

    /** Every redirect in steps, ordered by the path it leads from, after the last one read. */
    List<Redirect> afterFrom(Optional<String> lastFromPath, int limit);
}
