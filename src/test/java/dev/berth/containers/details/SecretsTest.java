package dev.berth.containers.details;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @Test
    void namesThatLookSecretIgnoringCase() {
        assertThat(Secrets.looksSecret("POSTGRES_PASSWORD")).isTrue();
        assertThat(Secrets.looksSecret("mysql_root_passwd")).isTrue();
        assertThat(Secrets.looksSecret("AWS_SECRET_ACCESS_KEY")).isTrue();
        assertThat(Secrets.looksSecret("github_token")).isTrue();
        assertThat(Secrets.looksSecret("ApiKey")).isTrue();
        assertThat(Secrets.looksSecret("GOOGLE_APPLICATION_CREDENTIALS")).isTrue();
        assertThat(Secrets.looksSecret("PATH")).isFalse();
        assertThat(Secrets.looksSecret("NGINX_VERSION")).isFalse();
        assertThat(Secrets.looksSecret("HOME")).isFalse();
    }

    @Test
    void secretValuesAreMaskedUntilRevealed() {
        assertThat(Secrets.shown("DB_PASSWORD", "hunter2", false)).isEqualTo("••••••");
        assertThat(Secrets.shown("DB_PASSWORD", "hunter2", true)).isEqualTo("hunter2");
        assertThat(Secrets.shown("PATH", "/usr/bin", false)).isEqualTo("/usr/bin");
    }
}
