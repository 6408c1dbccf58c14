package org.gazette.domain.importjob;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a finished import that copies images did with one image of the old site, as its report lists it. */
@Embeddable
public class ImportJobImage {

    @Column(name = "source_url", length = 2000)
    private String sourceUrl;

    @Column(length = 500)
    private String address;

    private boolean copied;

    @Column(length = 1000)
    private String reason;

    protected ImportJobImage() {
    }

    public ImportJobImage(String sourceUrl, String address, boolean copied, String reason) {
        this.sourceUrl = sourceUrl.length() <= 2000 ? sourceUrl : sourceUrl.substring(0, 2000);
        this.address = address;
        this.copied = copied;
        this.reason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public String address() {
        return address;
    }

    public boolean copied() {
        return copied;
    }

    public String reason() {
        return reason;
    }
}
