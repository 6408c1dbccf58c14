package org.gazette.domain.audit;

/** What someone did, as the audit trail names it to administrators. */
public enum AuditAction {
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    ARTICLE_CREATED("Created an article"),
    ARTICLE_SAVED("Saved an article"),
    REVISION_RESTORED("Restored a revision"),
    SUBMITTED_FOR_REVIEW("Submitted for review"),
    PUBLISHED("Published"),
    PUBLISHED_ON_SCHEDULE("Published on schedule"),
    SCHEDULED("Scheduled"),
    UNPUBLISHED("Unpublished"),
    TRASHED("Moved to the trash"),
    RESTORED("Restored from the trash"),
    DELETED("Deleted permanently"),
    PREVIEW_SHARED("Shared a preview link"),
    PREVIEW_RENEWED("Renewed a preview link"),
    PREVIEW_REVOKED("Revoked a preview link"),
    USER_CREATED("Added a user"),
    ROLE_CHANGED("Changed a role"),
    USER_DISABLED("Disabled a user"),
    USER_ENABLED("Enabled a user"),
    PASSWORD_SET("Set a user's password"),
    OWN_PASSWORD_CHANGED("Changed their own password"),
    SIGN_IN_WAIT_LIFTED("Lifted a sign-in wait"),
    SETTINGS_CHANGED("Changed the site settings"),
    AUTHOR_DESCRIBED("Described an author"),
    TAG_RENAMED("Renamed a tag"),
    TAG_DELETED("Deleted a tag"),
    MEDIA_UPLOADED("Uploaded media"),
    MEDIA_DESCRIBED("Described media"),
    MEDIA_DELETED("Deleted media"),
    IMPORT_STARTED("Started an import"),
    IMPORT_RESUMED("Resumed an import"),
    IMPORT_FINISHED("Finished an import"),
    CACHE_EMPTIED("Emptied the page cache"),
    SITE_EXPORTED("Exported the whole site"),
    SITE_RESTORED("Restored the whole site"),
    AUDIT_EXPORTED("Downloaded the audit trail"),
    AUDIT_PRUNED("Removed old audit entries");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
