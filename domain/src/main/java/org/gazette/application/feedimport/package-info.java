/**
 * Moving a blog to Gazette: the contents of an RSS or Atom feed, whatever library read it, and the
 * service that imports them idempotently, keyed by guid, in chunks of their own transactions, with a
 * report of what happened to each item; an import cut off partway finishes when run again.
 */
package org.gazette.application.feedimport;
