package dev.berth.daemon.volumes;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.engine.EngineJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeJsonTest {

    @Test
    void volumesWithTheirTimeLabelsAndOptions() {
        String json = "{\"Volumes\":[{\"CreatedAt\":\"2026-12-01T18:31:06+01:00\",\"Driver\":\"local\","
                + "\"Labels\":{\"team\":\"shop\"},\"Mountpoint\":\"/var/lib/docker/volumes/pg/_data\",\"Name\":\"pg\","
                + "\"Options\":{\"type\":\"tmpfs\"},\"Scope\":\"local\"},"
                + "{\"Driver\":\"local\",\"Labels\":null,\"Mountpoint\":\"/m\",\"Name\":\"old\",\"Options\":null}],"
                + "\"Warnings\":null}";

        assertThat(VolumeJson.volumes(json)).containsExactly(
                new VolumeSummary("pg", "local", "/var/lib/docker/volumes/pg/_data",
                        Instant.parse("2026-12-01T17:31:06Z"), Map.of("team", "shop"), Map.of("type", "tmpfs")),
                new VolumeSummary("old", "local", "/m"));
    }

    @Test
    void sizesFromTheDiskUsageReport() {
        String json = "{\"LayersSize\":1,\"Volumes\":[{\"Name\":\"pg\",\"UsageData\":{\"RefCount\":1,\"Size\":4096}},"
                + "{\"Name\":\"remote\",\"UsageData\":{\"RefCount\":0,\"Size\":-1}},{\"Name\":\"bare\"}]}";

        assertThat(VolumeJson.sizes(json)).isEqualTo(Map.of("pg", 4096L, "remote", -1L, "bare", -1L));
    }

    @Test
    void theUsersOfEachVolumeFromTheContainerListLessBerthsHelpers() {
        String json = """
                [{"Id": "aaa", "Names": ["/web"], "Image": "nginx", "State": "running", "Labels": {},
                  "Mounts": [{"Type": "volume", "Name": "pg"}, {"Type": "bind", "Source": "/etc"},
                             {"Type": "volume", "Name": "cache"}, {"Type": "volume", "Name": "pg"}]},
                 {"Id": "bbb", "Names": ["/db"], "Image": "postgres", "State": "exited", "Labels": null,
                  "Mounts": [{"Type": "volume", "Name": "pg"}]},
                 {"Id": "ccc", "Names": ["/helper"], "Image": "busybox", "State": "created",
                  "Labels": {"dev.berth.helper": "browse"}, "Mounts": [{"Type": "volume", "Name": "pg"}]}]
                """;

        Map<String, List<VolumeUser>> users = VolumeJson.users(EngineJson.tree(json));

        VolumeUser web = new VolumeUser("aaa", "web", "nginx", ContainerState.RUNNING);
        assertThat(users).containsOnlyKeys("pg", "cache");
        assertThat(users.get("pg")).containsExactly(web,
                new VolumeUser("bbb", "db", "postgres", ContainerState.EXITED));
        assertThat(users.get("cache")).containsExactly(web);
    }
}
