/**
 * The machine-readable side of Gazette under {@code /feed}: a servlet over the document cache that
 * serves public articles as feeds rendered with Rome, and the sitemap index with its parts. Rome is
 * used here and nowhere else.
 */
package org.gazette.feed;
