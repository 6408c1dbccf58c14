package org.gazette.domain.article;

import java.time.YearMonth;

/** How many public articles appeared in one month (UTC): a line of the archive's index. */
public record ArchiveMonth(YearMonth month, long articles) {
}
