/** Private preview links: the secret address that shows a draft to whoever holds it, for a while. */
package org.gazette.domain.preview;
