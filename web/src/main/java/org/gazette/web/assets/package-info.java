/**
 * The site's own static files (style sheet, icon, code highlighting) under addresses that carry a
 * hash of their content, so browsers keep them for a year and a new version is a new address.
 */
package org.gazette.web.assets;
