/**
 * Moving a blog to Gazette: the contents of an RSS or Atom feed, whatever library read it, and the
 * service that imports them idempotently, keyed by guid, with a report of what happened to each item.
 */
package org.gazette.application.feedimport;
