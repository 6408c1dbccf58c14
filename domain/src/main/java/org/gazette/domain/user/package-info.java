/** Users: the people who may sign in to the admin, with their roles and hashed passwords. */
package org.gazette.domain.user;
