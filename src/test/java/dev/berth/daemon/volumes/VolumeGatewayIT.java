package dev.berth.daemon.volumes;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.GatewayFixture;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.files.TransferProgress;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Volumes against the real engine: create, inspect, remove, in-use refusal, browse, download, back-up and restore. */
@ExtendWith(EngineRequired.class)
class VolumeGatewayIT {
    /** Labels every helper container of this run, so the test can tell that none was left behind. */
    private final String run = UUID.randomUUID().toString();
    private GatewayFixture fixture;
    private DockerEngineGateway gateway;
    private VolumeOperations volumes;
    private final List<String> madeVolumes = new ArrayList<>();

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
        Map<String, String> labels = new HashMap<>(GatewayFixture.TEST_LABELS);
        labels.put(VolumeHelper.LABEL, HelperOwner.ofThisProcess());
        labels.put("dev.berth.test.run", run);
        gateway = new DockerEngineGateway(TestEngine::endpoint, TestEngine.endpoint(), labels);
        gateway.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.connectionState().isUp());
        volumes = gateway.volumes();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (fixture == null) {
            return; // the set-up stopped before the engine: nothing was made
        }
        fixture.engine.removeCreated();
        madeVolumes.forEach(fixture.engine::removeVolumeQuietly);
        fixture.close();
    }

    @Test
    void aHelperLeftByABerthThatNoLongerRunsIsRemovedWhenAGatewayConnects() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        String orphan = helperMadeBy(HelperOwner.thisHost() + ":" + ended.pid());
        String stillOwned = helperMadeBy(HelperOwner.ofThisProcess());

        try (DockerEngineGateway another = new DockerEngineGateway(TestEngine::endpoint, TestEngine.endpoint(),
                Map.of(VolumeHelper.LABEL, HelperOwner.ofThisProcess()))) {
            another.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> fixture.client().listContainersCmd().withShowAll(true)
                    .withIdFilter(List.of(orphan)).exec().isEmpty());
        }

        assertThat(fixture.client().listContainersCmd().withShowAll(true).withIdFilter(List.of(stillOwned)).exec())
                .as("the helper of a Berth that still runs (this one)").hasSize(1);
    }

    /** A container as a helper is: created, never started, labelled with its maker. */
    private String helperMadeBy(String owner) {
        Map<String, String> labels = new HashMap<>(GatewayFixture.TEST_LABELS);
        labels.put(VolumeHelper.LABEL, owner);
        String id = fixture.client().createContainerCmd(TestEngine.IMAGE).withName(TestEngine.uniqueName("helper"))
                .withLabels(labels).withCmd("true").exec().getId();
        fixture.engine.removeAtTheEnd(id);
        return id;
    }

    private List<?> helpersLeft() {
        return fixture.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of("dev.berth.test.run", run)).exec();
    }

    /** A running container with {@code volume} at /data, to write files into it. */
    private String writer(String volume) {
        String id = fixture.client().createContainerCmd(TestEngine.IMAGE).withName(TestEngine.uniqueName("writer"))
                .withLabels(GatewayFixture.TEST_LABELS).withCmd(TestEngine.IDLE)
                .withHostConfig(HostConfig.newHostConfig().withBinds(new Bind(volume, new Volume("/data")))).exec()
                .getId();
        fixture.engine.removeAtTheEnd(id);
        fixture.client().startContainerCmd(id).exec();
        return id;
    }

    private String sh(String container, String script) throws InterruptedException {
        return fixture.engine.exec(container, "sh", "-c", script);
    }

    @Test
    void createInspectAndRemove() {
        String name = TestEngine.uniqueName("vol-create");
        madeVolumes.add(name);
        Map<String, String> labels = new HashMap<>(GatewayFixture.TEST_LABELS);
        labels.put("purpose", "create test");

        VolumeSummary made = done(volumes.create(new VolumeSpec(name, "local", Map.of(), labels)));

        assertThat(made.name()).isEqualTo(name);
        assertThat(made.labels()).containsEntry("purpose", "create test");
        assertThat(made.created()).isBetween(Instant.now().minus(1, ChronoUnit.MINUTES), Instant.now().plusSeconds(5));
        assertThat(done(volumes.inspectJson(name))).contains("\"Name\": \"" + name + "\"").contains("create test");
        assertThat(done(volumes.list())).anySatisfy(volume -> {
            assertThat(volume.name()).isEqualTo(name);
            assertThat(volume.mountpoint()).endsWith("/" + name + "/_data");
        });

        done(volumes.remove(name));

        assertThat(done(volumes.list())).noneMatch(volume -> volume.name().equals(name));
    }

    @Test
    void removingAVolumeInUseIsRefusedNamingTheContainer() {
        String volume = fixture.volume("vol-used");
        String container = TestEngine.uniqueName("user");
        String id = fixture.client().createContainerCmd(TestEngine.IMAGE).withName(container)
                .withLabels(GatewayFixture.TEST_LABELS).withCmd("true")
                .withHostConfig(HostConfig.newHostConfig().withBinds(new Bind(volume, new Volume("/data")))).exec()
                .getId();
        fixture.engine.removeAtTheEnd(id);

        assertThat(done(volumes.users()).get(volume)).extracting(VolumeUser::containerName).containsExactly(container);
        assertThatThrownBy(() -> done(volumes.remove(volume))).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(VolumeInUseException.class)
                .hasMessage("Volume " + volume + " is used by container " + container + " (created).")
                .satisfies(refusal -> assertThat(((VolumeInUseException) refusal).users())
                        .extracting(VolumeUser::containerId).containsExactly(id));
        assertThat(done(volumes.list())).anyMatch(summary -> summary.name().equals(volume));
    }

    @Test
    void browsingListsWhatAContainerWroteAndADownloadIsByteIdentical(@TempDir Path host) throws Exception {
        String volume = fixture.volume("vol-browse");
        String writer = writer(volume);
        sh(writer, "mkdir -p /data/logs/old && seq 1 20000 > /data/logs/numbers.txt && printf hello > /data/a.txt"
                + " && seq 1 10 > /data/logs/old/ten.txt && ln -s a.txt /data/link");
        byte[] numbers = IntStream.rangeClosed(1, 20000).mapToObj(i -> i + "\n").collect(Collectors.joining())
                .getBytes(StandardCharsets.US_ASCII);

        List<FileEntry> root = done(volumes.listFolder(volume, ""));
        List<FileEntry> logs = done(volumes.listFolder(volume, "logs"));

        assertThat(root).extracting(FileEntry::path).containsExactly("logs", "a.txt", "link");
        assertThat(root.get(0).kind()).isEqualTo(FileEntry.Kind.FOLDER);
        assertThat(root.get(0).size()).isEqualTo(numbers.length + 21L);
        assertThat(root.get(1).size()).isEqualTo(5);
        assertThat(root.get(1).modified()).isAfter(Instant.now().minus(5, ChronoUnit.MINUTES));
        assertThat(root.get(2).linkTarget()).isEqualTo("a.txt");
        assertThat(logs).extracting(FileEntry::path).containsExactly("logs/old", "logs/numbers.txt");
        assertThat(logs.get(1).size()).isEqualTo(numbers.length);

        Path file = done(volumes.download(volume, "logs/numbers.txt", host, TransferProgress.NONE));
        Path folder = done(volumes.download(volume, "logs", host.resolve("copy"), TransferProgress.NONE));

        assertThat(file).isEqualTo(host.resolve("numbers.txt"));
        assertThat(Files.readAllBytes(file)).isEqualTo(numbers);
        assertThat(Files.readAllBytes(folder.resolve("numbers.txt"))).isEqualTo(numbers);
        assertThat(Files.readString(folder.resolve("old/ten.txt"))).isEqualTo("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
        assertThat(helpersLeft()).isEmpty();
    }

    @Test
    void aBackUpRestoredIntoANewVolumeHasTheSameFilesModesOwnersAndLinks(@TempDir Path host) throws Exception {
        String source = fixture.volume("vol-backup");
        String writer = writer(source);
        sh(writer, "cd /data && mkdir -p app/empty deep/er && seq 1 50000 > app/numbers.txt"
                + " && head -c 300000 /dev/urandom > deep/er/random.bin && printf '#!/bin/sh\\n' > app/run.sh"
                + " && chmod 750 app/run.sh && chmod 700 deep && chown 1234:4321 app/numbers.txt"
                + " && ln -s ../app/run.sh deep/run-link && ln -s /nowhere dangling"
                + " && touch -d '2020-01-02 03:04:05' app/run.sh deep/er && touch -d '2019-05-06 07:08:09' deep");
        Path archive = host.resolve("backup.tar.gz");
        List<Long> progress = new ArrayList<>();

        done(volumes.backUp(source, archive, -1, (doneBytes, total) -> progress.add(doneBytes)));
        String target = TestEngine.uniqueName("vol-restored");
        madeVolumes.add(target);
        done(volumes.create(new VolumeSpec(target, "local", Map.of(), GatewayFixture.TEST_LABELS)));
        done(volumes.restore(archive, target, false, TransferProgress.NONE));

        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isGreaterThan(300000);
        String checker = fixture.client().createContainerCmd(TestEngine.IMAGE)
                .withName(TestEngine.uniqueName("checker")).withLabels(GatewayFixture.TEST_LABELS)
                .withCmd(TestEngine.IDLE).withHostConfig(HostConfig.newHostConfig().withBinds(
                        new Bind(source, new Volume("/a")), new Bind(target, new Volume("/b")))).exec().getId();
        fixture.engine.removeAtTheEnd(checker);
        fixture.client().startContainerCmd(checker).exec();
        // Everything below the root: the engine gives the volume's root folder its own time when it writes into it.
        String listing = "stat -c '%n %A %u:%g' .; find . -mindepth 1 | sort | while read f;"
                + " do stat -c '%n %A %u:%g %s %Y' \"$f\"; done;"
                + " find . -type f | sort | xargs sha256sum;"
                + " for l in $(find . -type l | sort); do echo \"$l -> $(readlink $l)\"; done";
        String original = sh(checker, "cd /a && " + listing);
        String restored = sh(checker, "cd /b && " + listing);
        assertThat(original).contains("./app/run.sh -rwxr-x---", "./deep drwx------", "1234:4321",
                "./dangling lrwxrwxrwx", "./deep/run-link -> ../app/run.sh", "deep/er/random.bin",
                "./deep drwx------ 0:0 4096 " + Instant.parse("2019-05-06T07:08:09Z").getEpochSecond());
        assertThat(restored).isEqualTo(original);
        assertThat(helpersLeft()).isEmpty();
    }

    @Test
    void restoreRefusesAVolumeThatHoldsFilesUnlessConfirmed(@TempDir Path host) throws Exception {
        String source = fixture.volume("vol-src");
        sh(writer(source), "printf new > /data/shared.txt && printf only-new > /data/new.txt");
        Path archive = host.resolve("src.tar.gz");
        done(volumes.backUp(source, archive, -1, TransferProgress.NONE));
        String target = fixture.volume("vol-full");
        String targetWriter = writer(target);
        sh(targetWriter, "printf old > /data/shared.txt && printf kept > /data/kept.txt");

        assertThatThrownBy(() -> done(volumes.restore(archive, target, false, TransferProgress.NONE)))
                .cause().isInstanceOf(VolumeNotEmptyException.class).hasMessageContaining("is not empty");
        assertThat(sh(targetWriter, "cat /data/shared.txt")).isEqualTo("old");

        done(volumes.restore(archive, target, true, TransferProgress.NONE));

        assertThat(sh(targetWriter, "cat /data/shared.txt /data/kept.txt /data/new.txt")).isEqualTo("newkeptonly-new");
        assertThat(helpersLeft()).isEmpty();
    }

    @Test
    void aCancelledBackUpLeavesNoFileAndNoHelper(@TempDir Path host) throws Exception {
        String volume = fixture.volume("vol-cancel");
        sh(writer(volume), "head -c 2000000 /dev/urandom > /data/big.bin");
        Path archive = host.resolve("cancelled.tar.gz");
        TransferProgress cancelAfterTheFirstChunk = new TransferProgress() {
            private volatile boolean started;

            @Override
            public void advanced(long doneBytes, long total) {
                started = true;
            }

            @Override
            public boolean cancelled() {
                return started;
            }
        };

        assertThatThrownBy(() -> done(volumes.backUp(volume, archive, -1, cancelAfterTheFirstChunk)))
                .cause().hasMessageContaining("Cancelled by the user");

        try (var left = Files.list(host)) {
            assertThat(left).isEmpty();
        }
        assertThat(helpersLeft()).isEmpty();
    }

    @Test
    void sizesComeFromTheDiskUsageReport() throws Exception {
        String volume = fixture.volume("vol-size");
        sh(writer(volume), "head -c 100000 /dev/zero > /data/zeros");

        Map<String, Long> sizes = done(volumes.sizes());

        assertThat(sizes.get(volume)).isGreaterThanOrEqualTo(100000L);
    }
}
