package org.gazette.http;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records read in steps, each step after the key of the last record of the one before, so a long
 * list is written out while only one step of it is in memory. It ends at the first empty step.
 */
public final class KeyedSteps<R, K> implements Iterable<R> {

    private final Function<Optional<K>, List<R>> step;
    private final Function<R, K> key;

    private KeyedSteps(Function<Optional<K>, List<R>> step, Function<R, K> key) {
        this.step = step;
        this.key = key;
    }

    /** {@code step} reads the records after a key (from the first when it is empty); {@code key} is a record's key. */
    public static <R, K> KeyedSteps<R, K> of(Function<Optional<K>, List<R>> step, Function<R, K> key) {
        return new KeyedSteps<>(step, key);
    }

    @Override
    public Iterator<R> iterator() {
        return new Iterator<>() {
            private Iterator<R> current = Collections.emptyIterator();
            private Optional<K> last = Optional.empty();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!current.hasNext() && !exhausted) {
                    List<R> next = step.apply(last);
                    exhausted = next.isEmpty();
                    current = next.iterator();
                }
                return current.hasNext();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                R record = current.next();
                last = Optional.of(key.apply(record));
                return record;
            }
        };
    }
}
