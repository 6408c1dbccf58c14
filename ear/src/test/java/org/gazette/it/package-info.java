/**
 * Tests that deploy the packaged EAR to a real Payara Server and talk to it over HTTP, as readers,
 * editors and feed readers do. Maven runs them once on the embedded H2 database and once on
 * PostgreSQL.
 */
package org.gazette.it;
