/** Redirects: old paths that keep working after an article's slug changed or a site moved here. */
package org.gazette.domain.redirect;
