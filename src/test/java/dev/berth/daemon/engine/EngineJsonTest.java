package dev.berth.daemon.engine;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineJsonTest {

    @Test
    void prettyPrintsWithTheClisIndentationKeepingEveryFieldInOrder() {
        String pretty = EngineJson.pretty("{\"Id\":\"abc\",\"Args\":[\"-c\",\"x\"],\"State\":{\"Running\":true},"
                + "\"Unknown\":null}");

        assertThat(pretty).isEqualTo("""
                {
                    "Id": "abc",
                    "Args": [
                        "-c",
                        "x"
                    ],
                    "State": {
                        "Running": true
                    },
                    "Unknown": null
                }""");
    }

    @Test
    void somethingThatIsNotJsonIsAFailure() {
        assertThatThrownBy(() -> EngineJson.pretty("<html>")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void pathSegmentsKeepNameCharactersAndEscapeTheRest() {
        assertThat(EngineJson.pathSegment("web_1.a-b")).isEqualTo("web_1.a-b");
        assertThat(EngineJson.pathSegment("a b/../c?d")).isEqualTo("a%20b%2F..%2Fc%3Fd");
        assertThat(EngineJson.pathSegment("é")).isEqualTo("%C3%A9");
    }
}
