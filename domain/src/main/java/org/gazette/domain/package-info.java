/**
 * The Gazette model: aggregates, value objects and the rules they enforce. Each aggregate owns a
 * sub-package with its repository interface; nothing here knows about the database, Faces or
 * JAX-RS.
 */
package org.gazette.domain;
