package org.gazette.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Site archives as a backup script gets them from the export API, opened entry by entry. */
final class SiteArchives {

    private SiteArchives() {
    }

    /** The export API's answer, as the first administrator asks for it. */
    static HttpResponse<byte[]> export(boolean passwordHashes) throws IOException, InterruptedException {
        return Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/feed/api/v1/export?passwords=" + passwordHashes))
                .header("Authorization", Gazette.basic("admin:" + Gazette.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The restore API's answer to an archive, as the first administrator sends it. */
    static HttpResponse<String> restore(byte[] archive) throws IOException, InterruptedException {
        return Gazette.client(false).send(HttpRequest.newBuilder(URI.create(Gazette.BASE_URL + "/feed/api/v1/restore"))
                .header("Authorization", Gazette.basic("admin:" + Gazette.ADMIN_PASSWORD)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A ZIP of these entries, in this order. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The archive's document as it would be without the time it was made: what two exports of one site share. */
    static JsonObject withoutExportTime(JsonObject document) {
        JsonObject manifest = document.getJsonObject("manifest");
        return Json.createObjectBuilder(document).add("manifest", Json.createObjectBuilder(manifest).remove("exportedAt")).build();
    }

    /** The entries of a ZIP, in the order they were written. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static JsonObject document(Map<String, byte[]> entries) {
        return Json.createReader(new StringReader(new String(entries.get("site.json"), StandardCharsets.UTF_8))).readObject();
    }
}
