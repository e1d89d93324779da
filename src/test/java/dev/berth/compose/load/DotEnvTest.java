package dev.berth.compose.load;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DotEnvTest {
    private static final Map<String, String> OUTSIDE = Map.of("HOME", "/home/me", "SHADOW", "from-process");

    private static Map<String, String> parse(String text) throws DotEnv.Failure {
        return DotEnv.parse(text, OUTSIDE::get);
    }

    @Test
    void readsAssignmentsCommentsAndExport() throws DotEnv.Failure {
        assertThat(parse("""
                # comment
                A=1
                  B = two words   
                export C=3
                D: yaml-like
                E=
                F=value # comment
                G=value#not-a-comment
                """)).containsExactly(Map.entry("A", "1"), Map.entry("B", "two words"), Map.entry("C", "3"),
                Map.entry("D", "yaml-like"), Map.entry("E", ""), Map.entry("F", "value"),
                Map.entry("G", "value#not-a-comment"));
    }

    @Test
    void singleQuotesAreLiteralAndDoubleQuotesTakeEscapesAndSubstitutions() throws DotEnv.Failure {
        assertThat(parse("""
                A='$HOME\\n # kept'
                B="$HOME\\n\\"q\\" \\$HOME"
                C="multi
                line" # after
                D='it''s'
                """)).containsExactly(Map.entry("A", "$HOME\\n # kept"), Map.entry("B", "/home/me\n\"q\" $HOME"),
                Map.entry("C", "multi\nline"), Map.entry("D", "it"));
    }

    @Test
    void substitutionsSeeTheProcessFirstThenEarlierLines() throws DotEnv.Failure {
        assertThat(parse("""
                SHADOW=from-file
                BASE=/srv
                DATA=${BASE}/data
                WHO=${SHADOW}
                FALLBACK=${MISSING:-x}
                """)).containsEntry("DATA", "/srv/data").containsEntry("WHO", "from-process")
                .containsEntry("FALLBACK", "x");
    }

    @Test
    void aNameAloneTakesItsValueFromTheProcessOrIsLeftOut() throws DotEnv.Failure {
        assertThat(parse("HOME\nNOT_SET\nA=1\n")).containsExactly(Map.entry("HOME", "/home/me"),
                Map.entry("A", "1"));
    }

    @Test
    void badLinesFailWithTheirLineNumber() {
        assertThatThrownBy(() -> parse("A=1\n\nB C=2\n")).isInstanceOf(DotEnv.Failure.class)
                .hasMessageContaining("has a space").satisfies(failure ->
                        assertThat(((DotEnv.Failure) failure).line()).isEqualTo(3));
        assertThatThrownBy(() -> parse("A=1\nB=\"open\n")).hasMessageContaining("never closed")
                .satisfies(failure -> assertThat(((DotEnv.Failure) failure).line()).isEqualTo(2));
        assertThatThrownBy(() -> parse("A$B=1\n")).hasMessageContaining("'$'");
    }
}
