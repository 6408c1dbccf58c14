package org.gazette.feed;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON APIs of the feed WAR, under {@code /feed/api}. */
@ApplicationPath("/api")
public class FeedApplication extends Application {
}
