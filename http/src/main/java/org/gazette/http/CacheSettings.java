package org.gazette.http;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How much memory the document cache may hold: {@code gazette.cache.mb} in MicroProfile Config, which
 * the environment variable {@code GAZETTE_CACHE_MB} sets as well; 64 MB unless set.
 */
final class CacheSettings {

    static final String MEGABYTES = "gazette.cache.mb";
    static final int DEFAULT_MEGABYTES = 64;

    private CacheSettings() {
    }

    static long maximumBytes() {
        int megabytes = ConfigProvider.getConfig().getOptionalValue(MEGABYTES, Integer.class).orElse(DEFAULT_MEGABYTES);
        if (megabytes < 1) {
            throw new IllegalStateException("GAZETTE_CACHE_MB (" + MEGABYTES + ") must be a whole number of megabytes from 1 up; it is "
                    + megabytes + ".");
        }
        return megabytes * 1024L * 1024L;
    }
}
