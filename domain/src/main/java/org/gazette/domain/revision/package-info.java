/** Revisions: a copy of an article's text at every save, so no editor ever loses words. */
package org.gazette.domain.revision;
