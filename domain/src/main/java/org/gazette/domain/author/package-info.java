/** The author aggregate: the people named as writers on public pages and in feeds. */
package org.gazette.domain.author;
