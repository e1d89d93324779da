package dev.berth.compose.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterpolationTest {
    private static final Map<String, String> VARIABLES = Map.of("SET", "value", "EMPTY", "", "TAG", "1.2",
            "PORT", "18080");

    private final List<String> unset = new ArrayList<>();
    private final Interpolation interpolation = new Interpolation(VARIABLES::get);

    private String substitute(String template) throws Interpolation.Failure {
        return interpolation.substitute(template, unset::add);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "$SET|value",
            "${SET}|value",
            "image:${TAG}-x|image:1.2-x",
            "$SET.$TAG|value.1.2",
            "${SET:-d}|value",
            "${EMPTY:-d}|d",
            "${UNSET:-d}|d",
            "${SET-d}|value",
            "`${EMPTY-d}`|``",
            "${UNSET-d}|d",
            "${SET:+r}|r",
            "`${EMPTY:+r}`|``",
            "`${UNSET:+r}`|``",
            "${SET+r}|r",
            "${EMPTY+r}|r",
            "`${UNSET+r}`|``",
            "${SET:?msg}|value",
            "`${EMPTY?msg}`|``",
            "$$SET|$SET",
            "$${SET}|${SET}",
            "a$$$SET|a$value",
            "cost: 5$|cost: 5$",
            "$1 and $ and $-|$1 and $ and $-",
            "${UNSET:-${SET}}|value",
            "${UNSET:-${ALSO_UNSET:-deep}}|deep",
            "${UNSET:-a}b}|ab}",
            "${UNSET:-127.0.0.1:${PORT}:80}|127.0.0.1:18080:80",
            "${UNSET:-$$literal}|$literal",
            "${UNSET:-{braces}}|{braces}",
    })
    void substitutesLikeComposeV2(String template, String expected) throws Interpolation.Failure {
        assertThat(substitute(template)).isEqualTo(expected);
    }

    @Test
    void anUnsetVariableWithoutADefaultBecomesEmptyAndIsReported() throws Interpolation.Failure {
        assertThat(substitute("a${UNSET}b$ALSO")).isEqualTo("ab");
        assertThat(unset).containsExactly("UNSET", "ALSO");
    }

    @Test
    void aDefaultThatIsNotUsedIsNotEvaluated() throws Interpolation.Failure {
        assertThat(substitute("${SET:-${UNSET}}")).isEqualTo("value");
        assertThat(unset).isEmpty();
    }

    @Test
    void aMissingRequiredVariableFailsWithItsMessage() {
        assertThatThrownBy(() -> substitute("${DB_PASSWORD:?set DB_PASSWORD in .env}"))
                .isInstanceOf(Interpolation.Failure.class)
                .hasMessage("The required variable DB_PASSWORD is missing a value: set DB_PASSWORD in .env");
        assertThatThrownBy(() -> substitute("${EMPTY:?}")).hasMessage(
                "The required variable EMPTY is missing a value.");
        assertThatThrownBy(() -> substitute("${UNSET?needs ${SET}}")).hasMessage(
                "The required variable UNSET is missing a value: needs value");
    }

    @Test
    void malformedSubstitutionsAreRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> substitute("${}")).hasMessageContaining("without a variable name");
        assertThatThrownBy(() -> substitute("${SET")).hasMessageContaining("closing }");
        assertThatThrownBy(() -> substitute("${SET!x}")).hasMessageContaining("not a substitution compose knows");
        assertThatThrownBy(() -> substitute("${1X}")).hasMessageContaining("without a variable name");
    }
}
