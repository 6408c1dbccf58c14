/**
 * Requests Gazette makes to other sites: an import fetching the old site's images, guarded so that
 * a hostile document cannot make the server reach into its own network, wait forever, or read
 * without end.
 */
package org.gazette.http.remote;
