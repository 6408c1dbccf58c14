package org.gazette.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import org.gazette.application.Actor;
import org.gazette.application.AuditTrail;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.audit.AuditAction;
import org.gazette.domain.audit.AuditEntry;
import org.gazette.domain.audit.AuditRepository.AuditFilter;

/**
 * The audit trail as a file, CSV or JSON, written step by step as it is read, so memory does not
 * grow with the trail. The admin's download and the API's share it, and the filter they are given.
 */
public final class AuditDownload {

    public enum Format {
        CSV("text/csv; charset=UTF-8"), JSON("application/json");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String fileName() {
            return "gazette-audit." + name().toLowerCase(Locale.ROOT);
        }

        public static Format named(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(String.valueOf(name))) {
                    return format;
                }
            }
            throw new RuleViolation("'" + name + "' is no format of the audit trail; ask for csv or json.");
        }
    }

    private static final List<String> COLUMNS = List.of("at", "user", "address", "action", "subjectId", "subject", "detail");

    private AuditDownload() {
    }

    /**
     * The filter an administrator's form or an API call gives: all optional; dates are days
     * ({@code 2026-12-01}) in UTC, both included. A wrong one is refused with what it must be.
     */
    /** What a download asks for: a format and a filter, from the request's parameters. */
    public record Asked(Format format, AuditFilter filter) {
    }

    /** The format ({@code json} unless named) and filter that the parameters ask for; a wrong one is refused by name. */
    public static Asked asked(Function<String, String> parameter) {
        String format = parameter.apply("format");
        return new Asked(Format.named(format == null ? "json" : format), filter(parameter.apply("user"), parameter.apply("action"),
                parameter.apply("subject"), parameter.apply("from"), parameter.apply("to")));
    }

    public static AuditFilter filter(String user, String action, String subject, String from, String to) {
        Optional<LocalDate> first = day(from, "from");
        Optional<LocalDate> last = day(to, "to");
        if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
            throw new RuleViolation("The range from " + first.get() + " to " + last.get() + " holds no day; the first day comes before the last.");
        }
        return new AuditFilter(blankToNull(user), action(action), blankToNull(subject), first.map(AuditDownload::startOf).orElse(null),
                last.map(day -> startOf(day.plusDays(1))).orElse(null));
    }

    /** Writes every entry the filter lets through, newest first, and notes the download in the trail. */
    public static void write(AuditTrail trail, AuditFilter filter, Format format, Actor actor, OutputStream out) throws IOException {
        trail.downloaded(filter, format.name(), actor);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (format == Format.CSV) {
            text.write(String.join(",", COLUMNS) + "\r\n");
            for (AuditEntry entry : entries(trail, filter, actor)) {
                text.write(String.join(",", fields(entry).stream().map(AuditDownload::csvCell).toList()) + "\r\n");
            }
            text.flush();
            return;
        }
        try (JsonGenerator json = Json.createGenerator(text)) {
            json.writeStartArray();
            for (AuditEntry entry : entries(trail, filter, actor)) {
                json.writeStartObject();
                List<String> values = fields(entry);
                for (int column = 0; column < COLUMNS.size(); column++) {
                    if (values.get(column) == null) {
                        json.writeNull(COLUMNS.get(column));
                    } else {
                        json.write(COLUMNS.get(column), values.get(column));
                    }
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
    }

    private static List<String> fields(AuditEntry entry) {
        return Arrays.asList(entry.at().toString(), entry.username(), entry.address(), entry.action().name(), entry.subjectId(),
                entry.subject(), entry.detail());
    }

    /** RFC 4180 quoting, and a leading apostrophe where a spreadsheet would take the cell for a formula. */
    private static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static AuditAction action(String name) {
        if (blankToNull(name) == null) {
            return null;
        }
        try {
            return AuditAction.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("'" + name + "' is no action of the audit trail, such as PUBLISHED or SIGNED_IN.");
        }
    }

    private static Optional<LocalDate> day(String written, String which) {
        if (blankToNull(written) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(written.strip()));
        } catch (DateTimeParseException unreadable) {
            throw new RuleViolation("'" + written + "' is no date for '" + which + "'; write it as 2026-12-01.");
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The trail in steps, each read after the last entry of the step before. */
    private static Iterable<AuditEntry> entries(AuditTrail trail, AuditFilter filter, Actor actor) {
        return KeyedSteps.of((Optional<AuditEntry> last) -> trail.readOn(filter, last, actor), entry -> entry);
    }
}
