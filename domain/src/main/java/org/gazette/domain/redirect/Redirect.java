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
        if (fromPath == null || !fromPath.startsWith("/") || toPath == null || !toPath.startsWith("/")) {
            throw new RuleViolation("A redirect goes from one site path to another, both starting with '/'.");
        }
        if (fromPath.equals(toPath)) {
            throw new RuleViolation("A redirect from '" + fromPath + "' to itself would loop.");
        }
        this.id = UUID.randomUUID().toString();
        this.fromPath = fromPath;
        this.toPath = toPath;
    }

    public String fromPath() {
        return fromPath;
    }

    public String toPath() {
        return toPath;
    }
}
