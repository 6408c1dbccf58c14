/** The site: the settings that make a Gazette installation one particular publication. */
package org.gazette.domain.site;
