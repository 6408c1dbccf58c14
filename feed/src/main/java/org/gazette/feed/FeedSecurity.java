package org.gazette.feed;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * The APIs that change the site take HTTP Basic credentials of Gazette users, checked by the identity
 * store of the persistence library; which roles may call what is in web.xml.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"})
@BasicAuthenticationMechanismDefinition(realmName = "Gazette")
public class FeedSecurity {
}
