package dev.berth.daemon.system;

import dev.berth.daemon.engine.EngineJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's info, version and df answers read as `docker info` and `docker system df` read them. */
class SystemJsonTest {

    static final String DF = """
            {"LayersSize": 10000,
             "Images": [
               {"Id": "sha256:aaa", "Containers": 2, "Size": 6000, "SharedSize": 1000, "RepoTags": ["web:1"]},
               {"Id": "sha256:bbb", "Containers": 0, "Size": 3000, "SharedSize": 1000, "RepoTags": ["db:2"]},
               {"Id": "sha256:ccc", "Containers": 1, "Size": -1, "SharedSize": -1, "RepoTags": []}],
             "Containers": [
               {"Id": "c1", "State": "running", "SizeRw": 100},
               {"Id": "c2", "State": "exited", "SizeRw": 40},
               {"Id": "c3", "State": "paused", "SizeRw": 7},
               {"Id": "c4", "State": "created", "SizeRw": 3}],
             "Volumes": [
               {"Name": "used", "UsageData": {"Size": 500, "RefCount": 1}},
               {"Name": "free", "UsageData": {"Size": 200, "RefCount": 0}},
               {"Name": "remote", "UsageData": {"Size": -1, "RefCount": 0}}],
             "BuildCache": [
               {"ID": "b1", "InUse": true, "Shared": false, "Size": 30},
               {"ID": "b2", "InUse": true, "Shared": true, "Size": 20},
               {"ID": "b3", "InUse": false, "Shared": false, "Size": 50}],
             "BuilderSize": 100}
            """;

    @Test
    void diskUsageIsSummedAsTheCliSumsIt() {
        DiskUsage usage = SystemJson.diskUsage(EngineJson.tree(DF));

        assertThat(usage.categories()).containsExactly(
                // images: total = LayersSize; used = unique part of images with containers (unknown sizes skipped)
                new DiskUsage.Category("Images", 3, 2, 10000, 10000 - 5000),
                // containers: running, paused and restarting are active; the rest is reclaimable
                new DiskUsage.Category("Containers", 4, 2, 150, 43),
                // volumes: unknown sizes (-1) count nowhere; unreferenced ones are reclaimable
                new DiskUsage.Category("Local Volumes", 3, 1, 700, 200),
                // build cache: BuilderSize minus what is in use and not shared
                new DiskUsage.Category("Build Cache", 3, 2, 100, 70));
        assertThat(usage.categories().get(0).reclaimablePercent()).isEqualTo(50);
        assertThat(usage.categories().get(1).reclaimablePercent()).isEqualTo(28); // 43*100/150, rounded down
        assertThat(usage.categories().get(1).inUse()).isEqualTo(107);
    }

    @Test
    void anEmptyEngineHasFourEmptyRows() {
        DiskUsage usage = SystemJson.diskUsage(EngineJson.tree("{\"LayersSize\":0,\"Images\":[],"
                + "\"Containers\":[],\"Volumes\":null,\"BuildCache\":null,\"BuilderSize\":0}"));

        assertThat(usage.categories()).extracting(DiskUsage.Category::totalCount).containsExactly(0, 0, 0, 0);
        assertThat(usage.categories()).extracting(DiskUsage.Category::reclaimablePercent).containsOnly(0L);
    }

    @Test
    void infoListsInsecureIndexesThenCidrsAndTheWarnings() {
        SystemInfo info = SystemJson.info(EngineJson.tree("""
                {"Name": "vm", "ServerVersion": "20.10.24", "OperatingSystem": "Debian", "OSType": "linux",
                 "Architecture": "x86_64", "KernelVersion": "6.1", "NCPU": 4, "MemTotal": 8000000000,
                 "Driver": "overlay2", "DockerRootDir": "/var/lib/docker", "LoggingDriver": "json-file",
                 "CgroupDriver": "systemd", "CgroupVersion": "2", "Swarm": {"LocalNodeState": "inactive"},
                 "RegistryConfig": {"InsecureRegistryCIDRs": ["127.0.0.0/8"],
                   "IndexConfigs": {"docker.io": {"Name": "docker.io", "Secure": true},
                                    "registry.lan:5000": {"Name": "registry.lan:5000", "Secure": false}}},
                 "Warnings": ["WARNING: No swap limit support"],
                 "Containers": 5, "ContainersRunning": 2, "ContainersPaused": 1, "ContainersStopped": 2,
                 "Images": 7}
                """), EngineJson.tree("{\"Version\": \"20.10.24\", \"ApiVersion\": \"1.41\", "
                + "\"MinAPIVersion\": \"1.12\"}"));

        assertThat(info.insecureRegistries()).containsExactly("registry.lan:5000", "127.0.0.0/8");
        assertThat(info.warnings()).containsExactly("WARNING: No swap limit support");
        assertThat(info.apiVersion()).isEqualTo("1.41");
        assertThat(info.minApiVersion()).isEqualTo("1.12");
        assertThat(info.cpus()).isEqualTo(4);
        assertThat(info.memoryBytes()).isEqualTo(8_000_000_000L);
        assertThat(info.cgroupVersion()).isEqualTo("2");
        assertThat(info.swarmState()).isEqualTo("inactive");
        assertThat(info.containersPaused()).isEqualTo(1);
        assertThat(info.images()).isEqualTo(7);
    }

    @Test
    void anEngineWithoutWarningsOrRegistriesHasEmptyLists() {
        SystemInfo info = SystemJson.info(EngineJson.tree("{\"Name\": \"h\", \"Warnings\": null}"),
                EngineJson.tree("{}"));

        assertThat(info.warnings()).isEmpty();
        assertThat(info.insecureRegistries()).isEmpty();
        assertThat(info.engineVersion()).isEmpty();
    }
}
