package org.gazette.feed.imports;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.gazette.application.feedimport.ImportedFeed;
import org.gazette.application.feedimport.ImportedFeed.Publication;
import org.gazette.domain.article.ArticleKind;

/**
 * A Ghost export (Settings → Labs → Export): JSON whose posts reach their tags and authors through
 * relation tables. Posts come with their {@code html}, status, excerpt, feature image and its alt,
 * public tags in their order and their primary author; pages and posts without {@code html} are
 * reported as skipped. A post only members may read stays unpublished.
 */
final class GhostExport {

    private static final Map<String, Publication> STATUSES = Map.of("published", Publication.PUBLISHED, "scheduled", Publication.SCHEDULED,
            "draft", Publication.DRAFT, "sent", Publication.PRIVATE);

    private static final String GHOST_URL = "__GHOST_URL__";

    private final JsonObject data;
    private final String oldSite;
    private final Map<String, JsonObject> tags;
    private final Map<String, JsonObject> users;
    private final Map<String, JsonObject> postMeta;

    private GhostExport(JsonObject data, String oldSite) {
        this.data = data;
        this.oldSite = oldSite;
        this.tags = byKey(data, "tags", "id");
        this.users = byKey(data, "users", "id");
        this.postMeta = byKey(data, "posts_meta", "post_id");
    }

    /** Whether the document is JSON rather than XML: its first character that is not white space opens an object. */
    static boolean isJson(byte[] document) {
        for (byte character : document) {
            if (!Character.isWhitespace(character) && character != (byte) 0xEF && character != (byte) 0xBB && character != (byte) 0xBF) {
                return character == '{';
            }
        }
        return false;
    }

    /**
     * The posts and pages of the export; {@code oldSite}, the Ghost site's address when the editor
     * gave it, stands in for the placeholder that Ghost writes before the addresses of the images it
     * stored itself.
     */
    static ImportedFeed read(byte[] document, String oldSite) {
        JsonObject data;
        String version;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(document))) {
            JsonObject export = reader.readObject();
            // Ghost 5 wraps the export in "db"; older versions do not.
            JsonObject database = export.containsKey("db") ? export.getJsonArray("db").getJsonObject(0) : export;
            data = database.getJsonObject("data");
            version = database.get("meta") instanceof JsonObject meta ? text(meta, "version") : null;
        } catch (JsonException | ClassCastException | IndexOutOfBoundsException unreadable) {
            throw new RefusedDocument(400, "The document is JSON but no Ghost export: " + unreadable.getMessage());
        }
        if (data == null || !(data.get("posts") instanceof JsonArray)) {
            throw new RefusedDocument(400, "The document is JSON but no Ghost export: it has no db[0].data.posts.");
        }
        GhostExport export = new GhostExport(data, oldSite);
        Map<String, String> settings = data.getJsonArray("settings") == null ? Map.of()
                : data.getJsonArray("settings").stream().map(JsonValue::asJsonObject).filter(setting -> setting.get("value") instanceof JsonString)
                        .collect(Collectors.toMap(setting -> setting.getString("key"), setting -> setting.getString("value"), (first, second) -> first));
        return new ImportedFeed(new ImportedFeed.Channel(settings.get("title"), null, settings.get("description"), null),
                objects(data, "posts").stream().map(export::item).toList(), version == null ? "Ghost export" : "Ghost export (Ghost " + version + ")");
    }

    private ImportedFeed.Item item(JsonObject post) {
        String id = post.getString("id", "");
        String html = located(text(post, "html"));
        String skipped = html == null ? "a Ghost post without html (only Lexical or Mobiledoc); export it from Ghost 5, which writes both" : null;
        Publication publication = "public".equals(Optional.ofNullable(text(post, "visibility")).orElse("public"))
                ? STATUSES.getOrDefault(text(post, "status"), Publication.DRAFT) : Publication.PRIVATE;
        Optional<JsonObject> meta = Optional.ofNullable(postMeta.get(id));
        return new ImportedFeed.Item("ghost:" + id, null, text(post, "title"), text(post, "custom_excerpt"), instant(text(post, "published_at")),
                primaryAuthor(id), publicTags(id), html, cover(post),
                meta.map(fields -> text(fields, "feature_image_alt")).orElse(null), text(post, "slug"), publication,
                "page".equals(text(post, "type")) ? ArticleKind.PAGE : ArticleKind.POST, skipped);
    }

    /**
     * The feature image; one Ghost stored itself is left out when the old site's address is not
     * known, since its address then starts with a placeholder for it.
     */
    private String cover(JsonObject post) {
        String image = located(text(post, "feature_image"));
        return image == null || image.startsWith(GHOST_URL) ? null : image;
    }

    /** The text with the old site's address in place of Ghost's placeholder for it, when the address is known. */
    private String located(String text) {
        return text == null || oldSite == null ? text : text.replace(GHOST_URL, oldSite);
    }

    /** The post's tags by their sort order, without Ghost's internal ones ({@code #name}). */
    private List<String> publicTags(String postId) {
        return related(postId, "posts_tags", "tag_id", tags).stream()
                .filter(tag -> !"internal".equals(text(tag, "visibility")) && !String.valueOf(text(tag, "name")).startsWith("#"))
                .map(tag -> text(tag, "name")).toList();
    }

    private String primaryAuthor(String postId) {
        return related(postId, "posts_authors", "author_id", users).stream().findFirst().map(user -> text(user, "name")).orElse(null);
    }

    private List<JsonObject> related(String postId, String table, String key, Map<String, JsonObject> targets) {
        return objects(data, table).stream().filter(relation -> postId.equals(relation.getString("post_id", "")))
                .sorted(Comparator.comparingInt(relation -> relation.getInt("sort_order", 0)))
                .map(relation -> targets.get(relation.getString(key, ""))).filter(target -> target != null).toList();
    }

    private static Map<String, JsonObject> byKey(JsonObject data, String table, String key) {
        return objects(data, table).stream().filter(row -> row.get(key) instanceof JsonString)
                .collect(Collectors.toMap(row -> row.getString(key), Function.identity(), (first, second) -> first));
    }

    private static List<JsonObject> objects(JsonObject data, String table) {
        return data.getJsonArray(table) == null ? List.of() : data.getJsonArray(table).stream().map(JsonValue::asJsonObject).toList();
    }

    private static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static Instant instant(String time) {
        try {
            return time == null ? null : Instant.parse(time);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
