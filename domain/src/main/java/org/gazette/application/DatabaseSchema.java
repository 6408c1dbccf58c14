package org.gazette.application;

/** The database behind the repositories, as far as starting an installation needs to know it. */
public interface DatabaseSchema {

    /** Brings the schema up to date; safe to call on every start. */
    void migrate();

    /** Which database this is, for the operator reading the startup log. */
    String describe();
}
