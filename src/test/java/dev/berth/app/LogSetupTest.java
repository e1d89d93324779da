package dev.berth.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogSetupTest {
    private final String logDirBefore = System.getProperty("berth.logDir");
    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void restore() {
        context.stop();
        if (logDirBefore == null) {
            System.clearProperty("berth.logDir");
        } else {
            System.setProperty("berth.logDir", logDirBefore);
        }
    }

    @Test
    void linesGoToTheLogFileTheAboutWindowNames(@TempDir Path folder) throws IOException {
        System.setProperty("berth.logDir", folder.toString());

        assertThat(configure()).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.getLogger("dev.berth.app.BerthApp").info("Window shown");
        context.getLogger("dev.berth.app.BerthApp").debug("not written");
        context.stop();

        assertThat(AppPaths.currentLogFile()).isEqualTo(folder.resolve("berth.log"));
        assertThat(Files.readString(folder.resolve("berth.log")))
                .containsPattern("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[.+] dev\\.berth\\.app\\.BerthApp - "
                        + "Window shown\\n$");
    }

    @Test
    void dockerJavaSaysOnlyWarningsAndWorse(@TempDir Path folder) {
        System.setProperty("berth.logDir", folder.toString());

        configure();

        assertThat(context.getLogger("com.github.dockerjava.core.DefaultDockerClientConfig").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("dev.berth.daemon.EventFanOut").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    private ExecutionStatus configure() {
        context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's own start gives its context
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        return setup.configure(context);
    }
}
