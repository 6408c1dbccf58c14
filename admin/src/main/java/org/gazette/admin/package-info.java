/**
 * The editorial admin under {@code /admin}: who may sign in (Jakarta Security over the users in the
 * database) and the pages editors work in.
 */
package org.gazette.admin;
