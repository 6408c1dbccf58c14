/**
 * Rules about article text: the one HTML policy every fragment passes, Markdown rendering, and what
 * readers are told about a text (reading time, summary). Pure functions, no container.
 */
package org.gazette.domain.text;
