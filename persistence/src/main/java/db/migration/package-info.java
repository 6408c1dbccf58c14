/**
 * Flyway's Java migrations: the steps of the schema that need the domain's own rules to fill
 * columns, which SQL alone cannot express. The SQL steps sit beside them in {@code db/migration}.
 */
package db.migration;
