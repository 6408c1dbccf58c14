/**
 * The import API: {@code POST /feed/api/v1/import} with an RSS or Atom document, read safely with
 * Rome and handed to the domain's feed import as plain values.
 */
package org.gazette.feed.imports;
