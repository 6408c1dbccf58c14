package org.gazette.application;

import java.io.Serializable;

/**
 * Announces that something every public page shows has changed: the site's settings, an author's
 * description or a tag's name. Caches of pages and feeds drop everything when they hear it.
 */
public record SiteChanged(String what) implements Serializable {
}
