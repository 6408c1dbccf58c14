package org.gazette.domain.article;

import java.util.EnumSet;
import java.util.Set;

import org.gazette.domain.RuleViolation;

/**
 * Where an article stands in its life cycle, and which steps it may take from there. Only a
 * published article is public; the rest are the editors' business.
 */
public enum ArticleStatus {
    DRAFT("a draft"),
    PENDING("pending review"),
    SCHEDULED("scheduled"),
    PUBLISHED("published"),
    UNPUBLISHED("unpublished"),
    TRASHED("in the trash");

    private final String description;

    ArticleStatus(String description) {
        this.description = description;
    }

    private Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PENDING, SCHEDULED, PUBLISHED, TRASHED);
            case PENDING -> EnumSet.of(DRAFT, SCHEDULED, PUBLISHED, TRASHED);
            case SCHEDULED -> EnumSet.of(DRAFT, PUBLISHED, TRASHED);
            case PUBLISHED -> EnumSet.of(UNPUBLISHED, TRASHED);
            case UNPUBLISHED -> EnumSet.of(DRAFT, SCHEDULED, PUBLISHED, TRASHED);
            case TRASHED -> EnumSet.of(DRAFT);
        };
    }

    public boolean canBecome(ArticleStatus target) {
        return next().contains(target);
    }

    /** Refuses a step the life cycle does not allow, saying what the article is and what to do instead. */
    void requireCanBecome(ArticleStatus target, String action) {
        if (!canBecome(target)) {
            throw new RuleViolation("Cannot " + action + " an article that is " + description + advice(target) + ".");
        }
    }

    private String advice(ArticleStatus target) {
        if (this == TRASHED) {
            return "; restore it from the trash first";
        }
        if (this == PUBLISHED && target != PUBLISHED) {
            return "; unpublish it first";
        }
        return "";
    }

    /** Not yet out: a draft, awaiting review or scheduled; publishing it gives it today's date. */
    public boolean isUnpublishedWork() {
        return this == DRAFT || this == PENDING || this == SCHEDULED;
    }

    public String description() {
        return description;
    }
}
