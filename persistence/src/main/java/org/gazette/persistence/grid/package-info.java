/**
 * What the servers of a cluster share in Payara's Domain Data Grid (Hazelcast) rather than in the
 * database: state that is short-lived and asked for on every sign-in.
 */
package org.gazette.persistence.grid;
