/**
 * The site's own static files (style sheet, icon, code highlighting) and the media library's images,
 * under addresses that change with their content, so browsers keep them for a year.
 */
package org.gazette.web.assets;
