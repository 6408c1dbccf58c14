/**
 * The JPA adapters: repository implementations over EclipseLink, the Flyway migrations that own the
 * schema, and the data source that follows the operator's environment (embedded H2 or PostgreSQL).
 */
package org.gazette.persistence;
