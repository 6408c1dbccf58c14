package org.gazette.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;

import org.gazette.application.Actor;
import org.gazette.application.sitearchive.SiteArchive;
import org.gazette.application.sitearchive.SiteArchive.Manifest;
import org.gazette.application.sitearchive.SiteArchive.MediaRecord;
import org.gazette.application.sitearchive.SiteExport;

/**
 * The site archive as a ZIP: {@code site.json}, the documented JSON of every record, then one entry
 * {@code media/<id>/<width>} per stored image file. Both are written while they are read, step by
 * step, so neither the archive nor the site is ever held in memory whole.
 */
public final class SiteArchiveFile {

    public static final String DOCUMENT = "site.json";
    public static final String CONTENT_TYPE = "application/zip";

    static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true)
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private SiteArchiveFile() {
    }

    public static String fileName(Manifest manifest) {
        return "gazette-site-" + manifest.exportedAt().toString().replace(":", "").replaceAll("\\.\\d+", "") + ".zip";
    }

    /** The entry that holds the stored bytes of one width of an image. */
    static String mediaEntry(String assetId, int width) {
        return "media/" + assetId + "/" + width;
    }

    /** Writes the archive an export begun for {@code actor} gives. */
    public static void write(SiteExport export, Manifest manifest, Actor actor, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(DOCUMENT));
        Writer json = new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }

            @Override
            public void close() {
                // The document is one entry of the ZIP, which goes on after it.
            }
        }, StandardCharsets.UTF_8);
        json.write("{\"manifest\":" + JSON.toJson(manifest));
        json.write(",\"site\":" + JSON.toJson(export.site(actor)));
        json.write(",\"users\":" + JSON.toJson(export.users(manifest, actor)));
        json.write(",\"authors\":" + JSON.toJson(export.authors(actor)));
        json.write(",\"tags\":" + JSON.toJson(export.tags(actor)));
        json.write(",\"articles\":");
        inSteps(json, last -> export.articles(last, actor), SiteArchive.ArticleRecord::id);
        json.write(",\"redirects\":");
        inSteps(json, last -> export.redirects(last, actor), SiteArchive.RedirectRecord::from);
        json.write(",\"media\":");
        inSteps(json, last -> export.media(last, actor), MediaRecord::id);
        json.write("}");
        json.flush();
        zip.closeEntry();
        for (MediaRecord image : KeyedSteps.of((Optional<String> last) -> export.media(last, actor), MediaRecord::id)) {
            for (int width : image.widths()) {
                zip.putNextEntry(new ZipEntry(mediaEntry(image.id(), width)));
                zip.write(export.file(image.id(), width, actor));
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** A JSON array of records read in steps, each step after the key of the last record of the one before. */
    private static <R> void inSteps(Writer json, Function<Optional<String>, List<R>> step, Function<R, String> key) throws IOException {
        json.write("[");
        boolean first = true;
        for (R record : KeyedSteps.of(step, key)) {
            json.write((first ? "" : ",") + JSON.toJson(record));
            first = false;
        }
        json.write("]");
    }
}
