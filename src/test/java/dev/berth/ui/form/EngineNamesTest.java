package dev.berth.ui.form;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EngineNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ab", "web", "web_2.prod-1", "0db", "A-1", "x."})
    void namesTheEngineTakes(String name) {
        assertThat(EngineNames.isValid(name)).isTrue();
        assertThat(EngineNames.usesNameCharacters(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-web", "_web", ".web", "my web", "web/1", "wéb", "/web", "web:1"})
    void namesTheEngineRefuses(String name) {
        assertThat(EngineNames.isValid(name)).isFalse();
        assertThat(EngineNames.usesNameCharacters(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "7"})
    void oneCharacterIsTooShortForAContainerOrVolumeButFineForANetwork(String name) {
        assertThat(EngineNames.isValid(name)).isFalse();
        assertThat(EngineNames.usesNameCharacters(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "_", "."})
    void oneCharacterThatIsNotALetterOrDigitIsNoName(String name) {
        assertThat(EngineNames.usesNameCharacters(name)).isFalse();
    }
}
