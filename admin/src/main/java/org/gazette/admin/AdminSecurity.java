package org.gazette.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles the admin knows; who has which comes from the identity store of the persistence library, through {@link AdminSignIn}. */
@ApplicationScoped
@DeclareRoles({"ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"})
public class AdminSecurity {
}
