package dev.berth.daemon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CliWordsTest {

    @Test
    void lineJoinsSafeWordsAsTheyAre() {
        assertThat(CliWords.line("docker", "restart", "3f2a9c1d")).isEqualTo("docker restart 3f2a9c1d");
    }

    @Test
    void lineQuotesTheContainerWhenNeeded() {
        assertThat(CliWords.line("docker", "stop", "my web")).isEqualTo("docker stop 'my web'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"web", "my_app-1", "registry.local:5000/team/app@sha256", "a+b=c,d%e", "/web"})
    void safeWordsAreLeftBare(String word) {
        assertThat(CliWords.quote(word)).isEqualTo(word);
    }

    @Test
    void wordsNeedingQuotesAreSingleQuoted() {
        assertThat(CliWords.quote("my web")).isEqualTo("'my web'");
        assertThat(CliWords.quote("$HOME")).isEqualTo("'$HOME'");
        assertThat(CliWords.quote("a\"b")).isEqualTo("'a\"b'");
        assertThat(CliWords.quote("~")).isEqualTo("'~'");
        assertThat(CliWords.quote("*")).isEqualTo("'*'");
    }

    @Test
    void singleQuoteIsClosedEscapedAndReopened() {
        assertThat(CliWords.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(CliWords.quote("'")).isEqualTo("''\\'''");
    }

    @Test
    void emptyWordBecomesEmptyQuotes() {
        assertThat(CliWords.quote("")).isEqualTo("''");
        assertThat(CliWords.line("docker", "start", "")).isEqualTo("docker start ''");
    }

    /** The other direction: a real POSIX shell must read each quoted word back as the original. */
    @ParameterizedTest
    @ValueSource(strings = {
            "plain",
            "",
            "my web",
            "it's",
            "''",
            "a\"b\"c",
            "$HOME",
            "${PATH}",
            "$(id)",
            "`id`",
            "back\\slash\\n",
            "semi;colon && echo pwned | cat > /tmp/x",
            "*?[a]",
            "~root",
            "  leading and trailing  ",
            "tab\there",
            "new\nline",
            "!bang !! #hash",
            "-n",
            "%s %d",
    })
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void quotedWordRoundTripsThroughSh(String word) throws IOException, InterruptedException {
        assertThat(shellEcho(CliWords.quote(word))).isEqualTo(word);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void wholeLineSplitsIntoTheOriginalWords() throws IOException, InterruptedException {
        List<String> words = List.of("web", "my db", "it's $x");
        String line = CliWords.line("docker", "rm", "-f", words.get(0), words.get(1), words.get(2));
        String args = line.substring("docker rm -f ".length());
        assertThat(shellEcho(args)).isEqualTo(String.join("\n", words));
    }

    private static String shellEcho(String quotedWords) throws IOException, InterruptedException {
        Process sh = new ProcessBuilder("/bin/sh", "-c", "printf '%s\\n' " + quotedWords)
                .redirectErrorStream(true)
                .start();
        byte[] out = sh.getInputStream().readAllBytes();
        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sh.exitValue()).isZero();
        String printed = new String(out, StandardCharsets.UTF_8);
        assertThat(printed).endsWith("\n");
        return printed.substring(0, printed.length() - 1);
    }
}
