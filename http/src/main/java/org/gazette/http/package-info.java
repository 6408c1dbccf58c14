/**
 * Delivering rendered documents over HTTP the fast way: rendered once per change of the public
 * content, kept in memory as identity and gzip bytes, and served with ETag, Last-Modified and 304s.
 * Both WARs use it: the feed servlet for feeds, the page cache filter for public pages.
 */
package org.gazette.http;
