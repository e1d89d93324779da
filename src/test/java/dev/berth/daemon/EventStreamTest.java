package dev.berth.daemon;

import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventActor;
import com.github.dockerjava.api.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
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
        Map<String, String> attributes = new HashMap<>();
        attributes.put("name", "web");
        attributes.put("image", "nginx");
        attributes.put("exitCode", null);
        Event event = new Event("start", "abc123", "nginx", 1732761600L)
                .withType(EventType.CONTAINER)
                .withAction("start")
                .withEventActor(new EventActor().withId("abc123def").withAttributes(attributes))
                .withTimenano(1732761600123456789L);

        DaemonEvent mapped = EventStream.toDaemonEvent(event);

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
    private static Event containerEvent(String action) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(new String("image"), new String("berth-test/busybox:latest"));
        attributes.put(new String("name"), new String("web"));
        return new Event(null, null, null, null).withType(EventType.CONTAINER).withAction(new String(action))
                .withEventActor(new EventActor().withId(new String("abc123def")).withAttributes(attributes))
                .withTimenano(1732761600123456789L);
    }

    @Test
    void otherTypesKeepTheirEngineName() {
        Event event = new Event().withType(EventType.NETWORK).withAction("connect")
                .withEventActor(new EventActor().withId("net1")).withTimenano(5L);

        DaemonEvent mapped = EventStream.toDaemonEvent(event);

        assertThat(mapped.type()).isEqualTo("network");
        assertThat(mapped.attributes()).isEmpty();
        assertThat(mapped.actorName()).isEqualTo("net1");
    }

    @Test
    void fallsBackToWholeSecondsWhenTimeNanoIsMissing() {
        Event event = new Event("die", "abc", "nginx", 1732761600L).withType(EventType.CONTAINER).withAction("die");

        assertThat(EventStream.toDaemonEvent(event).timeNanos()).isEqualTo(1_732_761_600_000_000_000L);
    }

    @Test
    void noTimeAtAllIsZero() {
        assertThat(EventStream.toDaemonEvent(new Event().withAction("x")).timeNanos()).isZero();
    }

    @Test
    void missingTypeIsUnknown() {
        Event event = new Event().withAction("prune").withTimenano(1L);

        assertThat(EventStream.toDaemonEvent(event).type()).isEqualTo("unknown");
    }

    @Test
    void legacyEventWithoutActionOrActorUsesStatusAndId() {
        Event event = new Event("destroy", "abc123", "busybox", 1732761600L).withType(EventType.CONTAINER);

        DaemonEvent mapped = EventStream.toDaemonEvent(event);

        assertThat(mapped.action()).isEqualTo("destroy");
        assertThat(mapped.actorId()).isEqualTo("abc123");
        assertThat(mapped.attributes()).isEmpty();
    }

    @Test
    void actorWithoutIdFallsBackToEventId() {
        Event event = new Event("pull", "nginx:latest", null, 1L).withType(EventType.IMAGE).withAction("pull")
                .withEventActor(new EventActor().withAttributes(Map.of("name", "nginx")));

        DaemonEvent mapped = EventStream.toDaemonEvent(event);

        assertThat(mapped.actorId()).isEqualTo("nginx:latest");
        assertThat(mapped.type()).isEqualTo("image");
    }
}
