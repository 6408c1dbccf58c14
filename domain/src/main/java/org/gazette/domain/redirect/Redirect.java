package org.gazette.domain.redirect;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gazette.domain.RuleViolation;

/** A permanent move from one site path to another. */
@Entity
@Table(name = "redirect")
public class Redirect {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "from_path", nullable = false, unique = true, length = 1000)
    private String fromPath;

    @Column(name = "to_path", nullable = false, length = 1000)
    private String toPath;

    protected Redirect() {
    }

    public Redirect(String fromPath, String toPath) {
        if (!isSitePath(fromPath) || !isSitePath(toPath)) {
            throw new RuleViolation("A redirect goes from one site path to another, both starting with a single '/'.");
        }
        if (fromPath.equals(toPath)) {
            throw new RuleViolation("A redirect from '" + fromPath + "' to itself would loop.");
        }
        this.id = UUID.randomUUID().toString();
        this.fromPath = fromPath;
        this.toPath = toPath;
    }

    /** Sends readers of the old path somewhere new, as when a renamed page is renamed again. */
    public void retarget(String newToPath) {
        if (!isSitePath(newToPath) || newToPath.equals(fromPath)) {
            throw new RuleViolation("A redirect from '" + fromPath + "' cannot lead to '" + newToPath + "'.");
        }
        this.toPath = newToPath;
    }

    /** A path on this site: "//host" and "/\\host" would send readers to another site. */
    private static boolean isSitePath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
    }

    public String fromPath() {
        return fromPath;
    }

    public String toPath() {
        return toPath;
    }
}
