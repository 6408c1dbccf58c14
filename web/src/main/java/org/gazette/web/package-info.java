/**
 * The web module: the pages people see. Public pages are stateless Faces views under
 * {@link org.gazette.web.site}; the admin lives in {@link org.gazette.web.admin}.
 */
package org.gazette.web;
