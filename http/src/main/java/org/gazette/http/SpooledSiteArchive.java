package org.gazette.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import org.gazette.application.MediaLibrary;
import org.gazette.application.sitearchive.ArchiveSource;
import org.gazette.application.sitearchive.SiteArchive.ArticleRecord;
import org.gazette.application.sitearchive.SiteArchive.AuthorRecord;
import org.gazette.application.sitearchive.SiteArchive.Manifest;
import org.gazette.application.sitearchive.SiteArchive.MediaRecord;
import org.gazette.application.sitearchive.SiteArchive.RedirectRecord;
import org.gazette.application.sitearchive.SiteArchive.SiteRecord;
import org.gazette.application.sitearchive.SiteArchive.TagRecord;
import org.gazette.application.sitearchive.SiteArchive.UserRecord;
import org.gazette.domain.RuleViolation;

/**
 * An uploaded site archive, spooled to a temporary file readable only by the server, so a restore can
 * read its document twice and its media files by name while the upload is long gone. The document is
 * parsed as a stream, record by record; a damaged ZIP or JSON is refused with where it broke.
 */
public final class SpooledSiteArchive implements ArchiveSource, AutoCloseable {

    /** The fields of the document, in the order the export writes them and the restore reads them. */
    private static final List<String> FIELDS = List.of("manifest", "site", "users", "authors", "tags", "articles", "redirects", "media");
    private static final Type USERS = new ListOf(UserRecord.class);
    private static final Type AUTHORS = new ListOf(AuthorRecord.class);
    private static final Type TAGS = new ListOf(TagRecord.class);

    /** An image of the archive may have been uploaded under a higher limit than today's, but never above the largest one. */
    private static final int LARGEST_FILE = MediaLibrary.LARGEST_UPLOAD_MB * 1024 * 1024;

    private final Path file;
    private final ZipFile zip;

    private SpooledSiteArchive(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /** Copies the upload to a temporary file and opens it as a ZIP, or refuses it when it is none. */
    public static SpooledSiteArchive spool(InputStream upload) throws IOException {
        Path file = Files.createTempFile("gazette-restore-", ".zip");
        try {
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            return new SpooledSiteArchive(file, new ZipFile(file.toFile()));
        } catch (ZipException notAZip) {
            Files.deleteIfExists(file);
            throw new RuleViolation("The file is not a complete ZIP archive (" + notAZip.getMessage() + "); it may have been cut off.");
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
    }

    @Override
    public void read(RecordReader reader) {
        ZipEntry document = zip.getEntry(SiteArchiveFile.DOCUMENT);
        if (document == null) {
            throw new RuleViolation("The archive has no " + SiteArchiveFile.DOCUMENT + "; it is not a Gazette site archive.");
        }
        try (InputStream in = zip.getInputStream(document); JsonParser parser = Json.createParser(in)) {
            readDocument(parser, reader);
        } catch (JsonParsingException damaged) {
            JsonLocation at = damaged.getLocation();
            throw new RuleViolation(SiteArchiveFile.DOCUMENT + " is damaged at line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                    + ": " + damaged.getMessage());
        } catch (JsonbException | ClassCastException | IllegalStateException misshapen) {
            throw new RuleViolation("A record of " + SiteArchiveFile.DOCUMENT + " does not have the documented fields: " + misshapen.getMessage());
        } catch (IOException | NoSuchElementException broken) {
            throw new RuleViolation(SiteArchiveFile.DOCUMENT + " could not be read to its end (" + broken.getMessage() + "); the archive is damaged.");
        }
    }

    private static void readDocument(JsonParser parser, RecordReader reader) {
        expect(parser, JsonParser.Event.START_OBJECT, "the document");
        int last = -1;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String field = parser.getString();
            last = inOrder(field, last);
            switch (field) {
                case "manifest" -> reader.manifest(value(parser, Manifest.class));
                case "site" -> reader.site(value(parser, SiteRecord.class));
                case "users" -> reader.users(value(parser, USERS));
                case "authors" -> reader.authors(value(parser, AUTHORS));
                case "tags" -> reader.tags(value(parser, TAGS));
                case "articles" -> eachOf(parser, field, ArticleRecord.class).forEach(reader::article);
                case "redirects" -> eachOf(parser, field, RedirectRecord.class).forEach(reader::redirect);
                case "media" -> eachOf(parser, field, MediaRecord.class).forEach(reader::media);
            }
        }
    }

    /**
     * The field's place among the document's fields, which come in the documented order, each once:
     * the restore writes users and authors before the articles that name them, so a document in
     * another order is refused before anything is written rather than failing halfway.
     */
    private static int inOrder(String field, int last) {
        int position = FIELDS.indexOf(field);
        if (position < 0) {
            throw new RuleViolation(SiteArchiveFile.DOCUMENT + " has a field '" + field + "' that its format does not have.");
        }
        if (last < 0 && position > 0) {
            throw new RuleViolation(SiteArchiveFile.DOCUMENT + " must begin with its manifest; it begins with '" + field + "'.");
        }
        if (position <= last) {
            throw new RuleViolation(SiteArchiveFile.DOCUMENT + " has '" + field + "' after '" + FIELDS.get(last)
                    + "'; its fields come once each, in the documented order: " + String.join(", ", FIELDS) + ".");
        }
        return position;
    }

    private static <T> T value(JsonParser parser, Type type) {
        parser.next();
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            throw new RuleViolation(SiteArchiveFile.DOCUMENT + " has an empty record where one is required.");
        }
        return SiteArchiveFile.JSON.fromJson(value.toString(), type);
    }

    /** The records of an array one at a time, so a long array is never held whole. */
    private static <T> Iterable<T> eachOf(JsonParser parser, String field, Class<T> type) {
        expect(parser, JsonParser.Event.START_ARRAY, "'" + field + "'");
        return () -> new Iterator<>() {
            private JsonParser.Event next = parser.next();

            @Override
            public boolean hasNext() {
                return next != JsonParser.Event.END_ARRAY;
            }

            @Override
            public T next() {
                if (next != JsonParser.Event.START_OBJECT) {
                    throw new RuleViolation("'" + field + "' in " + SiteArchiveFile.DOCUMENT + " holds something other than records.");
                }
                T record = SiteArchiveFile.JSON.fromJson(parser.getObject().toString(), type);
                next = parser.next();
                return record;
            }
        };
    }

    private static void expect(JsonParser parser, JsonParser.Event expected, String what) {
        if (!parser.hasNext() || parser.next() != expected) {
            throw new RuleViolation(what + " in " + SiteArchiveFile.DOCUMENT + " is not what the format documents.");
        }
    }

    @Override
    public byte[] file(String assetId, int width) {
        String name = SiteArchiveFile.mediaEntry(assetId, width);
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new RuleViolation("The archive lacks the file " + name + " of image " + assetId + ".");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(LARGEST_FILE + 1);
            if (bytes.length > LARGEST_FILE) {
                throw new RuleViolation("The file " + name + " is larger than any image may be (" + MediaLibrary.LARGEST_UPLOAD_MB + " MB).");
            }
            return bytes;
        } catch (IOException damaged) {
            throw new RuleViolation("The file " + name + " of the archive is damaged (" + damaged.getMessage() + ").");
        }
    }

    /** Closes the archive and deletes its temporary file. */
    @Override
    public void close() {
        try {
            zip.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list of records, as JSON-B needs the type to be told. */
    private record ListOf(Type element) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {element};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
