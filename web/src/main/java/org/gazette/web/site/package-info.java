/**
 * The public reading site: stateless Faces views for the home page and articles, the routing that
 * gives articles their {@code /{slug}} address, and the view models the pages show.
 */
package org.gazette.web.site;
