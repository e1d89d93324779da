package dev.berth.daemon.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerFileCommandLinesTest {
    @Test
    void copiesAreDockerCpLinesQuotedAsAShellNeeds() {
        assertThat(ContainerFileCommandLines.download("web", "/var/log/a b", Path.of("/home/me/Downloads")))
                .isEqualTo("docker cp 'web:/var/log/a b' /home/me/Downloads");
        assertThat(ContainerFileCommandLines.upload(List.of(Path.of("/tmp/x.conf"), Path.of("/tmp/site")), "web",
                "/etc/nginx")).isEqualTo("docker cp /tmp/x.conf web:/etc/nginx && docker cp /tmp/site web:/etc/nginx");
        assertThat(ContainerFileCommandLines.writeBack("web", "/etc/nginx/nginx.conf"))
                .isEqualTo("docker cp ./nginx.conf web:/etc/nginx/nginx.conf");
        assertThat(ContainerFileCommandLines.diff("web")).isEqualTo("docker diff web");
    }
}
