/**
 * Imports as jobs that outlive the server running them: their progress, their report, and the
 * document, so that any server can show them and one cut off by a dying server can be resumed.
 */
package org.gazette.domain.importjob;
