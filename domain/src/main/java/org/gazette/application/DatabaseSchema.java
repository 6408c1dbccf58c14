package org.gazette.application;

/** The database behind the repositories, as far as starting an installation needs to know it. */
public interface DatabaseSchema {

    /** Brings the schema up to date; safe to call on every start. */
    void migrate();

    /** Which database this is, for the operator reading the startup log. */
    Description describe();

    /**
     * A database as the startup log names it: product and version, where it is without any driver
     * parameters, and the schema's version; whether it is the embedded H2, which a public site outgrows.
     */
    record Description(String product, String where, String schemaVersion, boolean embedded) {

        @Override
        public String toString() {
            return product + " at " + where + ", schema v" + schemaVersion;
        }
    }
}
