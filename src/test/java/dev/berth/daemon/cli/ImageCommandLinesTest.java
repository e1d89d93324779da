package dev.berth.daemon.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageCommandLinesTest {

    @Test
    void pullTagAndPushLines() {
        assertThat(ImageCommandLines.pull("127.0.0.1:5000/team/app:1")).isEqualTo("docker pull 127.0.0.1:5000/team/app:1");
        assertThat(ImageCommandLines.pull("app@sha256:abc")).isEqualTo("docker pull app@sha256:abc");
        assertThat(ImageCommandLines.tag("sha256:d51567b65336", "team/app:2"))
                .isEqualTo("docker tag sha256:d51567b65336 team/app:2");
        assertThat(ImageCommandLines.push("registry.example.com:443/team/app:2"))
                .isEqualTo("docker push registry.example.com:443/team/app:2");
    }

    @Test
    void removeSaveAndLoadLines() {
        assertThat(ImageCommandLines.remove(List.of("app:1"), false)).isEqualTo("docker rmi app:1");
        assertThat(ImageCommandLines.remove(List.of("app:1", "d51567b65336"), true))
                .isEqualTo("docker rmi -f app:1 d51567b65336");
        assertThat(ImageCommandLines.save(List.of("app:1"), Path.of("/home/me/my images/app.tar")))
                .isEqualTo("docker save -o '/home/me/my images/app.tar' app:1");
        assertThat(ImageCommandLines.load(Path.of("/tmp/app.tar"))).isEqualTo("docker load -i /tmp/app.tar");
    }
}
