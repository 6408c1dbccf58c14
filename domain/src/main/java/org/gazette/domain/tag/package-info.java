/** The tag aggregate: the topics articles are filed under, with their own listings and feeds. */
package org.gazette.domain.tag;
