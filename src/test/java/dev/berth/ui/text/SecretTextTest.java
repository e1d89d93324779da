package dev.berth.ui.text;

import dev.berth.ui.DisplayedCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"PASSWORD", "DB_PASSWORD", "mysql_root_password", "PASSWD", "AWS_SECRET_ACCESS_KEY",
            "client_secret", "GITHUB_TOKEN", "api_key", "ApiKey", "CREDENTIALS_FILE", "GOOGLE_APPLICATION_CREDENTIALS"})
    void secretLookingNamesAreMasked(String key) {
        assertThat(SecretText.looksSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PATH", "TZ", "HOME", "USER", "LANG", "DB_HOST", "PORT", ""})
    void ordinaryNamesAreShown(String key) {
        assertThat(SecretText.looksSecret(key)).isFalse();
    }

    @Test
    void aRunLineShowsThePasswordMaskedAndEverythingElseAsWritten() {
        String line = "docker run -d --name insta-training-db -e POSTGRES_PASSWORD=s3cr3t -e TZ=UTC -p 5432:5432"
                + " postgres";

        assertThat(SecretText.maskCommand(line)).isEqualTo("docker run -d --name insta-training-db"
                + " -e POSTGRES_PASSWORD=" + SecretText.MASK + " -e TZ=UTC -p 5432:5432 postgres");
    }

    @Test
    void quotedValuesLongOptionsAndBuildArgumentsAreMaskedToo() {
        String line = "docker build --build-arg NPM_TOKEN='a b' --build-arg=API_KEY=\"x y\" --env=DB_PASSWORD=p"
                + " --build-arg VERSION=1.0 .";

        String shown = SecretText.maskCommand(line);

        assertThat(shown).isEqualTo("docker build --build-arg NPM_TOKEN=" + SecretText.MASK
                + " --build-arg=API_KEY=" + SecretText.MASK + " --env=DB_PASSWORD=" + SecretText.MASK
                + " --build-arg VERSION=1.0 .");
        assertThat(shown).doesNotContain("a b", "x y", "=p ");
    }

    @Test
    void aSecretLookingWordThatIsNotAVariableIsLeftAlone() {
        String line = "docker run -l api_key=public --name TOKEN=x busybox env PASSWORD=visible";

        assertThat(SecretText.maskCommand(line)).isEqualTo(line);
    }

    @Test
    void aRevealedVariableIsShownInClearAndCopyStaysReal() {
        String line = "docker run -e DB_PASSWORD=one -e API_TOKEN=two busybox";

        DisplayedCommand displayed = DisplayedCommand.revealing(line, Set.of("DB_PASSWORD"));

        assertThat(displayed.shown()).isEqualTo("docker run -e DB_PASSWORD=one -e API_TOKEN=" + SecretText.MASK
                + " busybox");
        assertThat(displayed.real()).isEqualTo(line);
    }

    @Test
    void inspectJsonMasksSecretLookingVariablesOnly() {
        String json = """
                "Env": [
                  "POSTGRES_PASSWORD=s3cr\\"et",
                  "PATH=/usr/bin",
                  "EMPTY_TOKEN="
                ],""";

        assertThat(SecretText.maskJson(json)).isEqualTo("""
                "Env": [
                  "POSTGRES_PASSWORD=%s",
                  "PATH=/usr/bin",
                  "EMPTY_TOKEN="
                ],""".formatted(SecretText.MASK));
    }
}
