/**
 * The web module: the public pages readers see, as stateless Faces views under
 * {@link org.gazette.web.site}, and the start of an installation. It has no authentication
 * mechanism and no session; the admin is the separate {@code admin} WAR.
 */
package org.gazette.web;
