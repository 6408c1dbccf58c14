/**
 * Application services: the use cases of Gazette, each a thin transactional method that loads
 * aggregates from their repositories, asks them to act and announces what changed. Adapters (Faces
 * pages, JAX-RS resources) call these and nothing below them.
 */
package org.gazette.application;
