/**
 * Starting the installation when the EAR deploys, and the data source it runs on. Both live in this
 * one WAR because a definition in a shared library would be registered once per WAR.
 */
package org.gazette.web.startup;
