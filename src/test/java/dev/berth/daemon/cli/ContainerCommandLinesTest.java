package dev.berth.daemon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContainerCommandLinesTest {

    @Test
    void lifecycleLinesNameEveryContainer() {
        assertThat(ContainerCommandLines.lifecycle("start", List.of("web"))).isEqualTo("docker start web");
        assertThat(ContainerCommandLines.lifecycle("stop", List.of("web", "db"))).isEqualTo("docker stop web db");
        assertThat(ContainerCommandLines.lifecycle("unpause", List.of("my job"))).isEqualTo("docker unpause 'my job'");
        assertThat(ContainerCommandLines.lifecycle("kill", List.of("a"))).isEqualTo("docker kill a");
    }

    @Test
    void lifecycleRefusesAVerbThatIsNotOne() {
        assertThatThrownBy(() -> ContainerCommandLines.lifecycle("rm", List.of("web")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "false, false, docker rm web db",
            "true, false, docker rm -f web db",
            "false, true, docker rm -v web db",
            "true, true, docker rm -f -v web db",
    })
    void removeWithFlagCombinations(boolean force, boolean volumes, String expected) {
        assertThat(ContainerCommandLines.remove(List.of("web", "db"), force, volumes)).isEqualTo(expected);
    }

    @Test
    void removeQuotesEachNameSeparately() {
        assertThat(ContainerCommandLines.remove(List.of("web", "my db", "it's"), true, false))
                .isEqualTo("docker rm -f web 'my db' 'it'\\''s'");
    }

    @Test
    void renameNamesTheOldAndTheNewName() {
        assertThat(ContainerCommandLines.rename("web", "frontend")).isEqualTo("docker rename web frontend");
        assertThat(ContainerCommandLines.rename("my web", "web")).isEqualTo("docker rename 'my web' web");
    }

    @Test
    void interactiveExecRunsTheCommandsWordsInTheContainer() {
        assertThat(ContainerCommandLines.interactiveExec("web", "", "", List.of(), "/bin/sh"))
                .isEqualTo("docker exec -it web /bin/sh");
        assertThat(ContainerCommandLines.interactiveExec("my web", " www-data ", "", List.of(), "bash -l"))
                .isEqualTo("docker exec -it -u www-data 'my web' bash -l");
        assertThat(ContainerCommandLines.interactiveExec("web", "", "", List.of(), "sh -c 'echo hi'"))
                .isEqualTo("docker exec -it web sh -c 'echo hi'");
    }

    @Test
    void interactiveExecShowsACommandNoShellCouldSplitAsTyped() {
        assertThat(ContainerCommandLines.interactiveExec("web", "", "", List.of(), "sh -c 'unclosed"))
                .isEqualTo("docker exec -it web sh -c 'unclosed");
    }

    @Test
    void interactiveExecNamesTheWorkingDirectoryAndTheEnvironment() {
        assertThat(ContainerCommandLines.interactiveExec("web", "root", "/srv/my app",
                List.of("TERM=xterm-256color"), "bash"))
                .isEqualTo("docker exec -it -u root -w '/srv/my app' -e TERM=xterm-256color web bash");
    }

    @Test
    void attachNamesTheContainer() {
        assertThat(ContainerCommandLines.attach("my web")).isEqualTo("docker attach 'my web'");
    }

    @Test
    void followLogsNamesTheContainer() {
        assertThat(ContainerCommandLines.followLogs("web")).isEqualTo("docker logs --follow web");
    }
}
