/** The media library: images and files that articles use, with what readers need to know of them. */
package org.gazette.domain.media;
