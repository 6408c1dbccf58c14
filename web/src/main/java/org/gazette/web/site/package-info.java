/**
 * The public reading site: stateless Faces views for the home page, articles, listings and the
 * archive, the routing that gives them their addresses, the view models the pages show, and the
 * page cache in front, which each page tells what it shows.
 */
package org.gazette.web.site;
