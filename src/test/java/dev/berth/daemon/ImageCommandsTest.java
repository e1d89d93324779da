package dev.berth.daemon;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageCommandsTest {

    @Test
    void pullTagAndPushLines() {
        assertThat(ImageCommands.pull("127.0.0.1:5000/team/app:1")).isEqualTo("docker pull 127.0.0.1:5000/team/app:1");
        assertThat(ImageCommands.pull("app@sha256:abc")).isEqualTo("docker pull app@sha256:abc");
        assertThat(ImageCommands.tag("sha256:d51567b65336", "team/app:2"))
                .isEqualTo("docker tag sha256:d51567b65336 team/app:2");
        assertThat(ImageCommands.push("registry.example.com:443/team/app:2"))
                .isEqualTo("docker push registry.example.com:443/team/app:2");
    }

    @Test
    void removeSaveAndLoadLines() {
        assertThat(ImageCommands.remove(List.of("app:1"), false)).isEqualTo("docker rmi app:1");
        assertThat(ImageCommands.remove(List.of("app:1", "d51567b65336"), true))
                .isEqualTo("docker rmi -f app:1 d51567b65336");
        assertThat(ImageCommands.save(List.of("app:1"), Path.of("/home/me/my images/app.tar")))
                .isEqualTo("docker save -o '/home/me/my images/app.tar' app:1");
        assertThat(ImageCommands.load(Path.of("/tmp/app.tar"))).isEqualTo("docker load -i /tmp/app.tar");
    }
}
