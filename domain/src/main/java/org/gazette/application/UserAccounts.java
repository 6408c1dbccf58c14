package org.gazette.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import org.gazette.domain.RuleViolation;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.user.Role;
import org.gazette.domain.user.User;
import org.gazette.domain.user.UserRepository;

/** The people who may sign in, starting with the first administrator of a new installation. */
@ApplicationScoped
@Transactional
public class UserAccounts {

    private static final Logger LOG = Logger.getLogger(UserAccounts.class.getName());

    public static final String FIRST_ADMIN = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    UserRepository users;

    @Inject
    Pbkdf2PasswordHash hashing;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** A hash no password matches, checked for unknown and disabled users so that they cost what real ones do. */
    private String nobodysHash;

    @PostConstruct
    void configureHashing() {
        hashing.initialize(PasswordHashing.parameters());
        nobodysHash = hashing.generate(randomPassword().toCharArray());
    }

    /**
     * The enabled user with this name and password. The check costs one PBKDF2 whether the name
     * exists or not, so how long a sign-in takes tells nobody which names exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> withCredentials(String username, char[] password) {
        Optional<User> user = users.findByUsername(username).filter(found -> !found.isDisabled());
        boolean matches = hashing.verify(password, user.map(User::passwordHash).orElse(nobodysHash));
        return matches ? user : Optional.empty();
    }

    /**
     * Creates user {@code admin} when there are no users yet, with the operator's password or, when
     * none was given, a random one that is returned so it can be shown once.
     *
     * @return what the operator needs to know to sign in, or nothing when users already exist
     */
    public Optional<FirstAdmin> createFirstAdmin(Optional<String> operatorsPassword) {
        if (users.count() > 0) {
            return Optional.empty();
        }
        operatorsPassword.ifPresent(UserAccounts::checkOperatorsPassword);
        String password = operatorsPassword.orElseGet(UserAccounts::randomPassword);
        users.add(new User(FIRST_ADMIN, hashing.generate(password.toCharArray()), Role.ADMIN, clock.instant()));
        return Optional.of(new FirstAdmin(FIRST_ADMIN, operatorsPassword.isEmpty() ? Optional.of(password) : Optional.empty()));
    }

    /** The first administrator's password an operator chose must be as long as any other. */
    static void checkOperatorsPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new RuleViolation("GAZETTE_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }

    /** An administrator adds someone who may sign in, with one role and a password of at least 12 characters. */
    public User create(String username, String password, Role role, Actor actor) {
        actor.requireAdministrator("add users");
        if (users.findByUsername(username).isPresent()) {
            throw new RuleViolation("The user name '" + username + "' is taken; choose another one.");
        }
        User user = new User(username, hash(password), role, clock.instant());
        users.add(user);
        return audited(actor, AuditAction.USER_CREATED, user, "as " + role);
    }

    /**
     * Makes a user what a backup kept: a user of that name gets the kept roles and, when the backup
     * holds it, the kept password hash; a new one without a hash cannot sign in until an
     * administrator sets a password.
     */
    public User reinstate(String username, Set<Role> roles, boolean disabled, Instant createdAt, Optional<String> passwordHash, Actor actor) {
        actor.requireAdministrator("restore users");
        User user = users.findByUsername(username).orElseGet(() -> {
            User created = new User(username, nobodysHash, roles.stream().findFirst().orElse(Role.CONTRIBUTOR), createdAt);
            users.add(created);
            return created;
        });
        user.reinstate(roles, disabled, createdAt, passwordHash);
        return user;
    }

    /** Gives a user another role; the last administrator keeps theirs, so the site never loses its keys. */
    public User assign(String username, Role role, Actor actor) {
        actor.requireAdministrator("change roles");
        User user = user(username);
        if (role != Role.ADMIN) {
            requireNotLastAdministrator(user);
        }
        String before = user.roles().toString();
        user.assign(role);
        return audited(actor, AuditAction.ROLE_CHANGED, user, "from " + before + " to " + role);
    }

    /**
     * Stops someone from signing in, and ends their sessions, without losing their name on what they
     * wrote. Administrators cannot lock themselves out; so an enabled administrator always remains.
     */
    public User disable(String username, Actor actor) {
        actor.requireAdministrator("disable users");
        if (username.equals(actor.username())) {
            throw new RuleViolation("You cannot disable your own account; ask another administrator.");
        }
        User user = user(username);
        user.disable();
        return audited(actor, AuditAction.USER_DISABLED, user, null);
    }

    public User enable(String username, Actor actor) {
        actor.requireAdministrator("enable users");
        User user = user(username);
        user.enable();
        return audited(actor, AuditAction.USER_ENABLED, user, null);
    }

    /**
     * Which version of their access a signed-in user has now, or nothing when they may no longer
     * sign in; a session begun under another version is over.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Integer> accessVersion(String username) {
        return users.findByUsername(username).filter(user -> !user.isDisabled()).map(User::accessVersion);
    }

    private void requireNotLastAdministrator(User user) {
        boolean lastAdministrator = user.is(Role.ADMIN) && !user.isDisabled()
                && users.all().stream().filter(each -> each.is(Role.ADMIN) && !each.isDisabled()).count() == 1;
        if (lastAdministrator) {
            throw new RuleViolation("'" + user.username() + "' is the last administrator; make someone else an administrator first.");
        }
    }

    /**
     * An administrator sets a new password for someone who lost theirs. Their own they change with
     * their current one, like everybody else, so a session left open is not enough to take the account.
     */
    public User resetPassword(String username, String password, Actor actor) {
        actor.requireAdministrator("set passwords");
        if (username.equals(actor.username())) {
            throw new RuleViolation("Change your own password under Your account, with your current one.");
        }
        User user = user(username);
        user.changePassword(hash(password));
        return audited(actor, AuditAction.PASSWORD_SET, user, null);
    }

    /** Anyone signed in changes their own password, knowing the current one; their other sessions end. */
    public User changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        User user = user(actor.username());
        if (currentPassword == null || !hashing.verify(currentPassword.toCharArray(), user.passwordHash())) {
            throw new RuleViolation("The current password is not the one you typed; nothing was changed.");
        }
        user.changePassword(hash(newPassword));
        LOG.info(() -> "GAZETTE-1201 Gazette password changed by '" + LogText.of(user.username()) + "'; their other sessions end.");
        return audited(actor, AuditAction.OWN_PASSWORD_CHANGED, user, null);
    }

    /** A successful sign-in with the form; HTTP Basic signs in with every call, which would bury the trail. */
    public void signedIn(Actor actor) {
        audit.record(actor, AuditAction.SIGNED_IN, actor.username(), actor.username(), "as " + actor.role());
    }

    private User audited(Actor actor, AuditAction action, User user, String detail) {
        audit.record(actor, action, user.username(), user.username(), detail);
        return user;
    }

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new RuleViolation("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        return hashing.generate(password.toCharArray());
    }

    private User user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new RuleViolation("There is no user '" + username + "'."));
    }


    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> all() {
        return users.all();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The first administrator's user name, and the password when Gazette chose it. */
    public record FirstAdmin(String username, Optional<String> generatedPassword) {
    }
}
