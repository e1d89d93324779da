package dev.berth.daemon.build;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DockerIgnoreTest {

    @Test
    void aRuleForAFolderExcludesEverythingBelowIt() {
        DockerIgnore ignore = DockerIgnore.parse("node_modules\n");

        assertThat(ignore.excludes("node_modules")).isTrue();
        assertThat(ignore.excludes("node_modules/left-pad/index.js")).isTrue();
        assertThat(ignore.excludes("src/node_modules")).isFalse();
        assertThat(ignore.excludes("node_modules2")).isFalse();
    }

    @Test
    void starsStayInOneFolderAndDoubleStarsCrossThem() {
        DockerIgnore ignore = DockerIgnore.parse("*.log\n**/*.tmp\ndocs/*/draft.md\n");

        assertThat(ignore.excludes("build.log")).isTrue();
        assertThat(ignore.excludes("logs/build.log")).isFalse();
        assertThat(ignore.excludes("a.tmp")).isTrue();
        assertThat(ignore.excludes("deep/er/a.tmp")).isTrue();
        assertThat(ignore.excludes("docs/v1/draft.md")).isTrue();
        assertThat(ignore.excludes("docs/v1/v2/draft.md")).isFalse();
    }

    @Test
    void theLastMatchingRuleWinsSoExceptionsBringFilesBack() {
        DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\nREADME-secret.md\n");

        assertThat(ignore.excludes("CHANGES.md")).isTrue();
        assertThat(ignore.excludes("README.md")).isFalse();
        assertThat(ignore.excludes("README-secret.md")).isTrue();
        assertThat(ignore.hasExceptions()).isTrue();
    }

    @Test
    void commentsBlanksLeadingSlashesAndDotSegmentsAreCleaned() {
        DockerIgnore ignore = DockerIgnore.parse("# a comment\n\n   \n/secrets\n./build/../dist\n  tmp  \r\n");

        assertThat(ignore.excludes("secrets/key.pem")).isTrue();
        assertThat(ignore.excludes("dist/app.js")).isTrue();
        assertThat(ignore.excludes("build/x")).isFalse();
        assertThat(ignore.excludes("tmp")).isTrue();
        assertThat(ignore.excludes("# a comment")).isFalse();
        assertThat(ignore.hasExceptions()).isFalse();
    }

    @Test
    void questionMarksClassesAndEscapes() {
        DockerIgnore ignore = DockerIgnore.parse("file?.txt\n[ab]*.bin\n[!x]y\nliteral\\*\n");

        assertThat(ignore.excludes("file1.txt")).isTrue();
        assertThat(ignore.excludes("file12.txt")).isFalse();
        assertThat(ignore.excludes("a1.bin")).isTrue();
        assertThat(ignore.excludes("c1.bin")).isFalse();
        assertThat(ignore.excludes("zy")).isTrue();
        assertThat(ignore.excludes("xy")).isFalse();
        assertThat(ignore.excludes("literal*")).isTrue();
        assertThat(ignore.excludes("literally")).isFalse();
    }

    @Test
    void dotsAndOtherRegexCharactersAreLiteral() {
        DockerIgnore ignore = DockerIgnore.parse(".env\na+b(c)\n");

        assertThat(ignore.excludes(".env")).isTrue();
        assertThat(ignore.excludes("xenv")).isFalse();
        assertThat(ignore.excludes("a+b(c)")).isTrue();
    }

    @Test
    void withoutRulesNothingIsExcluded() {
        assertThat(DockerIgnore.NONE.excludes("anything")).isFalse();
    }
}
