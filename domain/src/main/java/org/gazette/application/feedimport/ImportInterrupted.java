package org.gazette.application.feedimport;

/**
 * An import that stopped partway, as when the database went away: the chunks before {@code report}'s
 * last item are written, nothing of the chunk that failed is, and running the import again finishes it.
 */
public class ImportInterrupted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    public ImportInterrupted(ImportReport report, int total, RuntimeException cause) {
        super("The import stopped after " + (report.items().size()) + " of " + total + " items were written ("
                + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "); the items written stay, and importing the same"
                + " document again finishes the rest.", cause);
        this.report = report;
    }

    /** What the import wrote before it stopped. */
    public ImportReport report() {
        return report;
    }
}
