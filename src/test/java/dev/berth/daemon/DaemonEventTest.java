package dev.berth.daemon;

import dev.berth.daemon.volumes.VolumeHelper;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonEventTest {

    private static DaemonEvent event(String type, String action, Map<String, String> attributes) {
        return new DaemonEvent(type, action, "abc123", attributes, 1L);
    }

    @Test
    void containerLifecycleEventsChangeTheContainerList() {
        for (String action : new String[] {"create", "start", "die", "stop", "pause", "rename", "destroy"}) {
            assertThat(event("container", action, Map.of("name", "web")).changesContainerList()).as(action).isTrue();
        }
    }

    @Test
    void eventsThatRepeatTheirAttributesShareOneMapOfThem() {
        Map<String, String> created = event("container", "create", new HashMap<>(Map.of("name", "web", "image",
                "nginx"))).attributes();
        Map<String, String> started = event("container", "start", new HashMap<>(Map.of("name", "web", "image",
                "nginx"))).attributes();
        Map<String, String> died = event("container", "die", Map.of("name", "web", "image", "nginx", "exitCode", "0"))
                .attributes();

        assertThat(started).isSameAs(created);
        assertThat(died).isNotSameAs(created).containsEntry("exitCode", "0");
    }

    @Test
    void attachesExecsAndCopiesDoNot() {
        for (String action : new String[] {"attach", "detach", "resize", "archive-path", "exec_create: sh",
                "exec_start: sh", "exec_die"}) {
            assertThat(event("container", action, Map.of()).changesContainerList()).as(action).isFalse();
        }
        assertThat(event("network", "create", Map.of()).changesContainerList()).isFalse();
    }

    @Test
    void berthsOwnHelperContainersDoNot() {
        assertThat(event("container", "create", Map.of(VolumeHelper.LABEL, "true", "name", "x"))
                .changesContainerList()).isFalse();
    }
}
