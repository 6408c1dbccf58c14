/**
 * What operators ask of a running Gazette over HTTP, for administrators only: the state of the
 * document cache, the audit trail, and the site archive to back up and restore, under
 * {@code /feed/api/v1/}.
 */
package org.gazette.feed.operations;
