package dev.berth.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class EventStreamTest {

    @ParameterizedTest
    @CsvSource({
            "1732761600123456789, 1732761600.123456789",
            "1732761600000000007, 1732761600.000000007",
            "1732761600100000000, 1732761600.100000000",
            "1732761600000000000, 1732761600.000000000",
            "999999999, 0.999999999",
            "1, 0.000000001",
    })
    void engineTimeIsFractionalSecondsWithNineDigits(long nanos, String expected) {
        assertThat(EventStream.engineTime(nanos)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar-EG", "fa-IR", "th-TH-u-nu-thai"})
    void engineTimeUsesAsciiDigitsWhateverTheDefaultLocale(String languageTag) {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(languageTag));
            assertThat(EventStream.engineTime(1732761600123456789L)).isEqualTo("1732761600.123456789");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void mapsTypeActionActorAndAttributes() {
        DaemonEvent mapped = EventStream.toDaemonEvent(json("""
                {"status":"start","id":"abc123","from":"nginx","Type":"container","Action":"start",
                 "Actor":{"ID":"abc123def","Attributes":{"name":"web","image":"nginx","exitCode":null}},
                 "scope":"local","time":1732761600,"timeNano":1732761600123456789}"""));

        assertThat(mapped.type()).isEqualTo("container");
        assertThat(mapped.action()).isEqualTo("start");
        assertThat(mapped.actorId()).isEqualTo("abc123def");
        assertThat(mapped.attributes()).containsOnly(entry("name", "web"), entry("image", "nginx"));
        assertThat(mapped.timeNanos()).isEqualTo(1732761600123456789L);
        assertThat(mapped.actorName()).isEqualTo("web");
        assertThat(mapped.isAbout("container")).isTrue();
    }

    @Test
    void twoEventsAboutOneContainerShareTheirStrings() {
        DaemonEvent start = EventStream.toDaemonEvent(containerEvent("start"));
        DaemonEvent die = EventStream.toDaemonEvent(containerEvent("die"));
        DaemonEvent again = EventStream.toDaemonEvent(containerEvent("die"));

        assertThat(die.actorId()).isSameAs(start.actorId());
        assertThat(again.action()).isSameAs(die.action());
        Map.Entry<String, String> image = die.attributes().entrySet().stream()
                .filter(attribute -> attribute.getKey().equals("image")).findFirst().orElseThrow();
        Map.Entry<String, String> imageBefore = start.attributes().entrySet().stream()
                .filter(attribute -> attribute.getKey().equals("image")).findFirst().orElseThrow();
        assertThat(image.getKey()).isSameAs(imageBefore.getKey());
        assertThat(image.getValue()).isSameAs(imageBefore.getValue());
    }

    /** An event as the engine's JSON gives it: every string a new instance. */
    private static JsonNode containerEvent(String action) {
        return json("{\"Type\":\"container\",\"Action\":\"" + action + "\",\"Actor\":{\"ID\":\"abc123def\","
                + "\"Attributes\":{\"image\":\"berth-test/busybox:latest\",\"name\":\"web\"}},"
                + "\"timeNano\":1732761600123456789}");
    }

    @Test
    void otherTypesKeepTheirEngineName() {
        DaemonEvent mapped = EventStream.toDaemonEvent(json("""
                {"Type":"network","Action":"connect","Actor":{"ID":"net1"},"timeNano":5}"""));

        assertThat(mapped.type()).isEqualTo("network");
        assertThat(mapped.attributes()).isEmpty();
        assertThat(mapped.actorName()).isEqualTo("net1");
    }

    @Test
    void fallsBackToWholeSecondsWhenTimeNanoIsMissing() {
        DaemonEvent mapped = EventStream.toDaemonEvent(json("""
                {"status":"die","id":"abc","from":"nginx","time":1732761600,"Type":"container","Action":"die"}"""));

        assertThat(mapped.timeNanos()).isEqualTo(1_732_761_600_000_000_000L);
    }

    @Test
    void noTimeAtAllIsZero() {
        assertThat(EventStream.toDaemonEvent(json("{\"Action\":\"x\"}")).timeNanos()).isZero();
    }

    @Test
    void missingTypeIsUnknown() {
        assertThat(EventStream.toDaemonEvent(json("{\"Action\":\"prune\",\"timeNano\":1}")).type())
                .isEqualTo("unknown");
    }

    @Test
    void legacyEventWithoutActionOrActorUsesStatusAndId() {
        DaemonEvent mapped = EventStream.toDaemonEvent(json("""
                {"status":"destroy","id":"abc123","from":"busybox","time":1732761600,"Type":"container"}"""));

        assertThat(mapped.action()).isEqualTo("destroy");
        assertThat(mapped.actorId()).isEqualTo("abc123");
        assertThat(mapped.attributes()).isEmpty();
    }

    @Test
    void actorWithoutIdFallsBackToEventId() {
        DaemonEvent mapped = EventStream.toDaemonEvent(json("""
                {"status":"pull","id":"nginx:latest","time":1,"Type":"image","Action":"pull",
                 "Actor":{"Attributes":{"name":"nginx"}}}"""));

        assertThat(mapped.actorId()).isEqualTo("nginx:latest");
        assertThat(mapped.type()).isEqualTo("image");
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
