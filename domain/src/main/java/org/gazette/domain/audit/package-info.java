/**
 * The audit trail: who did what, when, to which subject and from which address. Entries are only
 * ever added, and only the retention rule takes old ones away.
 */
package org.gazette.domain.audit;
