package org.gazette.domain.preview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gazette.domain.RuleViolation;

/**
 * The secret address that shows one unpublished article to whoever holds it, until it expires or
 * an editor revokes it. Kept beside the article rather than in it, so sharing a draft never
 * changes the draft's version under the writer's open editor.
 */
@Entity
@Table(name = "preview_link")
public class PreviewLink {

    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(14);

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 36)
    private String token;

    @Column(name = "article_id", nullable = false, unique = true, length = 36)
    private String articleId;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected PreviewLink() {
    }

    /** A new secret for the article, good for {@code lifetime} from {@code now}. */
    public PreviewLink(String articleId, Instant now, Duration lifetime) {
        this.id = UUID.randomUUID().toString();
        this.articleId = articleId;
        renew(now, lifetime);
    }

    /** A new secret, so the address given out before stops working, good for {@code lifetime} from {@code now}. */
    public final void renew(Instant now, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new RuleViolation("A preview link must live for some time; " + lifetime + " is none.");
        }
        this.token = UUID.randomUUID().toString();
        this.expiresAt = LocalDateTime.ofInstant(now.plus(lifetime), ZoneOffset.UTC);
    }

    public boolean isOpenAt(Instant now) {
        return expiresAt().isAfter(now);
    }

    public String token() {
        return token;
    }

    public String articleId() {
        return articleId;
    }

    public Instant expiresAt() {
        return expiresAt.toInstant(ZoneOffset.UTC);
    }
}
