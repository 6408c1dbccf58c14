/**
 * What load balancers and orchestrators probe, as MicroProfile Health checks that Payara Server
 * answers at {@code /health/ready} and {@code /health/live}: whether this server can do its work
 * now. They live in this WAR beside the installation they report on, because CDI makes one
 * {@link org.gazette.application.Installation} per WAR.
 */
package org.gazette.web.health;
