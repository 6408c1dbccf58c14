package org.gazette.it;

import java.io.ByteArrayInputStream;
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
