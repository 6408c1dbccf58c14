package org.gazette.application;

/** How much of the database connection pool Gazette uses, for the metrics an operator alerts on. */
public interface DatabaseUse {

    /** Connections borrowed from the pool and not yet given back. */
    int connectionsInUse();

    /** Connections borrowed since the start, so a scraper can tell how busy the database is. */
    long connectionsBorrowed();
}
