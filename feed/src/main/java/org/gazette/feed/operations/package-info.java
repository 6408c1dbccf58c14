/**
 * What operators ask of a running Gazette over HTTP: for now the state of the document cache, under
 * {@code /feed/api/v1/cache}, for administrators only.
 */
package org.gazette.feed.operations;
