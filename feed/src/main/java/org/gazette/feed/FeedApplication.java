package org.gazette.feed;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every resource of the feed WAR, at the root of its {@code /feed} context. */
@ApplicationPath("/")
public class FeedApplication extends Application {
}
