package dev.berth.ui.form;

import dev.berth.daemon.containers.RunSpec.EnvVar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EnvFileTest {

    @Test
    void readsAssignmentsSkippingCommentsAndBlankLines() {
        String content = """
                # database
                DB_HOST=db

                  DB_PORT=5432
                \t# indented comment
                EMPTY=
                URL=postgres://u@db/app?sslmode=disable
                """;
        assertThat(EnvFile.parseEnvFile(content)).containsExactly(new EnvVar("DB_HOST", "db"),
                new EnvVar("DB_PORT", "5432"), new EnvVar("EMPTY", ""),
                new EnvVar("URL", "postgres://u@db/app?sslmode=disable"));
    }

    @Test
    void toleratesExportAndRemovesOneLayerOfMatchingQuotes() {
        String content = """
                export A=1
                export\tB="two words"
                C='single'
                D="unbalanced
                E="it's"\s
                F='"nested"'
                G=""
                H="
                """;
        assertThat(EnvFile.parseEnvFile(content)).containsExactly(new EnvVar("A", "1"),
                new EnvVar("B", "two words"), new EnvVar("C", "single"), new EnvVar("D", "\"unbalanced"),
                new EnvVar("E", "\"it's\" "), new EnvVar("F", "\"nested\""), new EnvVar("G", ""),
                new EnvVar("H", "\""));
    }

    @Test
    void keepsTheValueAsWrittenOtherwise() {
        assertThat(EnvFile.parseEnvFile("MSG= padded # not a comment \\n")).containsExactly(
                new EnvVar("MSG", " padded # not a comment \\n"));
        assertThat(EnvFile.parseEnvFile("exporter=1")).containsExactly(new EnvVar("exporter", "1"));
    }

    @Test
    void handlesWindowsLineEndingsAndAByteOrderMark() {
        assertThat(EnvFile.parseEnvFile("\uFEFFA=1\r\nB=2\r\n")).containsExactly(new EnvVar("A", "1"),
                new EnvVar("B", "2"));
    }

    @Test
    void emptyContentHasNoVariables() {
        assertThat(EnvFile.parseEnvFile("")).isEmpty();
        assertThat(EnvFile.parseEnvFile("# only a comment\n\n")).isEmpty();
    }

    @Test
    void aLineWithoutEqualsIsRefusedByItsNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> EnvFile.parseEnvFile("A=1\n# c\nJUST_A_NAME\n"))
                .withMessageStartingWith("Line 3 of the .env file has no =");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=value", "MY VAR=1", "export =1"})
    void aLineWithoutAValidNameIsRefused(String line) {
        assertThatIllegalArgumentException().isThrownBy(() -> EnvFile.parseEnvFile("OK=1\n" + line))
                .withMessageStartingWith("Line 2 of the .env file has no valid variable name");
    }
}
