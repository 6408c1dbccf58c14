/**
 * Delivering rendered documents over HTTP the fast way: rendered once, kept in a bounded cache as
 * identity and gzip bytes with what each document shows, served with ETag, Last-Modified and 304s,
 * and dropped exactly when a committed change alters what it shows. Both public WARs use it: the feed
 * servlet for feeds and sitemaps, the page cache filter for public pages. What the cache and the
 * services do is counted in MicroProfile Metrics ({@link org.gazette.http.GazetteMetrics}), which
 * Payara serves at {@code /metrics/}.
 */
package org.gazette.http;
