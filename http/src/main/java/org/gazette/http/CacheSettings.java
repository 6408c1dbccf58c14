package org.gazette.http;

import org.gazette.application.Setting;

/** How much memory the document cache may hold: {@link Setting#CACHE_MB}. */
final class CacheSettings {

    private CacheSettings() {
    }

    static long maximumBytes() {
        return Setting.CACHE_MB.wholeNumberOf(ConfiguredSettings.given(Setting.CACHE_MB)) * 1024L * 1024L;
    }
}
