package org.gazette.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The filters of a list screen as a query string, so its links to other pages and files keep them. */
final class QueryString {

    private QueryString() {
    }

    /** {@code name=value&...} from names and values given in turn; a missing value is empty. */
    static String of(String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int name = 0; name < namesAndValues.length; name += 2) {
            String value = namesAndValues[name + 1];
            pairs.add(namesAndValues[name] + "=" + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }
}
