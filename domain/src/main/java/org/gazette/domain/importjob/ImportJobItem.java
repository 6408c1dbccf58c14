package org.gazette.domain.importjob;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a finished import did with one item of its document, as its report lists it. */
@Embeddable
public class ImportJobItem {

    @Column(length = 500)
    private String guid;

    @Column(length = 200)
    private String slug;

    @Column(length = 20)
    private String outcome;

    @Column(length = 1000)
    private String reason;

    protected ImportJobItem() {
    }

    public ImportJobItem(String guid, String slug, String outcome, String reason) {
        this.guid = guid;
        this.slug = slug;
        this.outcome = outcome;
        this.reason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    public String guid() {
        return guid;
    }

    public String slug() {
        return slug;
    }

    public String outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }
}
