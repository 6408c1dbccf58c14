/**
 * The whole site as one archive, for backups and for moving between databases: what the archive
 * holds (format {@link org.gazette.application.sitearchive.SiteArchive#FORMAT}), the export that
 * reads it out in steps, so memory does not grow with the site, and the restore that checks a whole
 * archive before it writes it back, in chunks, into an empty site.
 */
package org.gazette.application.sitearchive;
