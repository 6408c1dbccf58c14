package org.gazette.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gazette.application.Editing;
import org.gazette.domain.revision.Revision;
import org.gazette.domain.text.TextDifference;

/** The editor's list of saved versions: who saved what when, how one differs from the form, and restoring one. */
@Named
@RequestScoped
public class RevisionHistory {

    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    Editing editing;

    @Inject
    ArticleEditor editor;

    @Inject
    SignedInUser user;

    static final int STEP = 20;

    private String difference;
    private List<Row> rows;
    private boolean more;
    private int shown = STEP;

    /** The newest revisions, as many as asked for; one more is read only to know whether older ones exist. */
    public List<Row> getRows() {
        if (rows == null) {
            List<Revision> found = editor.getId() == null ? List.of() : editing.revisions(editor.getId(), 0, shown + 1);
            more = found.size() > shown;
            rows = found.stream().limit(shown)
                    .map(revision -> new Row(revision.id(), SAVED.format(revision.savedAt()), revision.savedBy(), revision.title())).toList();
        }
        return rows;
    }

    public boolean isMore() {
        getRows();
        return more;
    }

    public int getShown() {
        return shown;
    }

    public void setShown(int shown) {
        this.shown = Math.max(STEP, Math.min(shown, 10_000));
    }

    public int getStep() {
        return STEP;
    }

    /** Shows what the form would change in this revision's text. */
    public void compare(String revisionId) {
        Revision revision = editing.revision(editor.getId(), revisionId);
        difference = TextDifference.unified("revision of " + SAVED.format(revision.savedAt()), revision.bodySource(),
                "the form", editor.getForm().getBody());
        if (difference.isEmpty()) {
            Messages.info("The form's text is the same as that revision's.");
        }
    }

    public String restore(String revisionId) {
        return Messages.attempt(() -> {
            editing.restoreRevision(editor.getId(), revisionId, user.actor());
            return "Restored that revision; the restore is saved as a new revision.";
        }, "/edit.xhtml?faces-redirect=true&id=" + editor.getId());
    }

    public String getDifference() {
        return difference;
    }

    /** One saved version as the list shows it. */
    public record Row(String id, String savedAt, String savedBy, String title) {
    }
}
