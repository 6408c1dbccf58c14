/**
 * The machine-readable side of Gazette under {@code /feed}: JAX-RS resources that render public
 * articles as feeds with Rome. Rome is used here and nowhere else.
 */
package org.gazette.feed;
