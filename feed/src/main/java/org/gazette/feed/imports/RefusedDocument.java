package org.gazette.feed.imports;

/** A document the import refuses as a whole, with the HTTP status and the reason the client is told. */
public class RefusedDocument extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public RefusedDocument(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
