package dev.berth.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.berth.events.EventsFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

class EventExportTest {

    @Test
    void aJsonLineHoldsTimeTypeActionActorAndAttributesWithEscapes() {
        FeedEntry row = new FeedEntry.Event(event("container", "die", "abc", 4, Map.of("name", "web \"1\"",
                "exitCode", "1", "note", "a\\b\nc")));

        assertThat(EventExport.jsonLine(row)).isEqualTo("{\"time\":\"2026-12-01T12:03:04Z\",\"timeNano\":"
                + "1796126584000000000,\"type\":\"container\",\"action\":\"die\",\"actorId\":\"abc\","
                + "\"actorName\":\"web \\\"1\\\"\",\"attributes\":{\"exitCode\":\"1\",\"name\":\"web \\\"1\\\"\","
                + "\"note\":\"a\\\\b\\nc\"}}");
    }

    @Test
    void controlCharactersAreEscapedAsUnicode() {
        assertThat(EventExport.json("a\u0001b\tc")).isEqualTo("\"a\\u0001b\\tc\"");
    }

    @Test
    void csvQuotesOnlyFieldsWithCommasQuotesOrLineBreaksAndDoublesQuotes() {
        assertThat(EventExport.csv("plain")).isEqualTo("plain");
        assertThat(EventExport.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(EventExport.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(EventExport.csv("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(EventExport.csv("cr\r")).isEqualTo("\"cr\r\"");
    }

    @Test
    void aCsvRowHasSortedAttributesInOneField() {
        FeedEntry row = new FeedEntry.Event(event("network", "connect", "n1", 0, Map.of("name", "front, end",
                "container", "c1", "type", "bridge")));

        assertThat(EventExport.csvRow(row)).isEqualTo("2026-12-01T12:03:00Z,network,connect,n1,\"front, end\","
                + "\"container=c1; name=front, end; type=bridge\"");
    }

    @Test
    void aGapIsARowOfTypeGapInBothFormats() {
        FeedEntry gap = new FeedEntry.Gap(Instant.parse("2026-12-01T12:03:04Z"), Instant.parse("2026-12-01T12:03:09Z"));

        assertThat(EventExport.jsonLine(gap)).isEqualTo("{\"time\":\"2026-12-01T12:03:04Z\",\"type\":\"gap\","
                + "\"from\":\"2026-12-01T12:03:04Z\",\"until\":\"2026-12-01T12:03:09Z\"}");
        assertThat(EventExport.csvRow(gap)).isEqualTo("2026-12-01T12:03:04Z,gap,,,,until=2026-12-01T12:03:09Z");
    }

    @Test
    void writesEveryRowInOrderWithAHeaderAndCrlfForCsv(@TempDir Path dir) throws Exception {
        List<FeedEntry> rows = List.of(new FeedEntry.Event(event("volume", "create", "v1", 0, Map.of("driver", "local"))),
                new FeedEntry.Event(event("volume", "destroy", "v1", 1, Map.of("driver", "local"))));
        Path csv = dir.resolve("events.csv");
        Path jsonl = dir.resolve("events.jsonl");

        assertThat(EventExport.write(rows, csv, EventExport.Format.CSV)).isEqualTo(2);
        assertThat(EventExport.write(rows, jsonl, EventExport.Format.JSON_LINES)).isEqualTo(2);

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(EventExport.CSV_HEADER + "\r\n"
                + EventExport.csvRow(rows.get(0)) + "\r\n" + EventExport.csvRow(rows.get(1)) + "\r\n");
        assertThat(Files.readAllLines(jsonl)).containsExactly(EventExport.jsonLine(rows.get(0)),
                EventExport.jsonLine(rows.get(1)));
    }
}
