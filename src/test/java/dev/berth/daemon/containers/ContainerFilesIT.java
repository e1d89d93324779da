package dev.berth.daemon.containers;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.GatewayFixture;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.files.TransferProgress;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.Futures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A container's files through the gateway against the real engine: browse, diff, download, upload, edit. */
@ExtendWith(EngineRequired.class)
class ContainerFilesIT {
    private static final String SPACED = "/data/a folder";
    private static final String NON_ASCII = "ñandú €.txt";
    /** Writes a small tree with a space and non-ASCII names, some random bytes, and a file owned by 1234:5678. */
    private static final String WRITE_FILES = "mkdir -p '" + SPACED + "/deeper' && printf 'ave\\n' > '" + SPACED + "/"
            + NON_ASCII + "' && dd if=/dev/urandom of='" + SPACED + "/deeper/random.bin' bs=1k count=300 2>/dev/null"
            + " && printf 'key=1\\n' > /data/app.conf && chmod 640 /data/app.conf && chown 1234:5678 /data/app.conf"
            + " && ln -s app.conf /data/link && rm /bin/zcat";

    private GatewayFixture fixture;
    private ContainerFileOperations files;
    private String container;

    @BeforeEach
    void startContainerThatWroteFiles() throws InterruptedException {
        fixture = GatewayFixture.connect();
        files = fixture.gateway.containerFiles();
        container = fixture.engine.runContainer(fixture.containerName("files"));
        fixture.engine.exec(container, "sh", "-c", WRITE_FILES);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private List<FileEntry> list(String folder) {
        return Futures.done(files.listFolder(container, folder).result());
    }

    private static FileEntry named(List<FileEntry> entries, String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void foldersAreListedFoldersFirstWithSizesModesOwnersAndLinksRunningOrStopped() {
        List<FileEntry> root = list("/");
        assertThat(root).extracting(FileEntry::path).contains("/bin", "/data", "/etc", "/.dockerenv");
        assertThat(root.stream().takeWhile(FileEntry::isFolder).count())
                .as("folders come first").isEqualTo(root.stream().filter(FileEntry::isFolder).count());

        List<FileEntry> data = list("/data");
        assertThat(data).extracting(FileEntry::name).containsExactly("a folder", "app.conf", "link");
        assertThat(named(data, "a folder").size()).as("a folder's total").isEqualTo(300 * 1024 + 4);
        FileEntry conf = named(data, "app.conf");
        assertThat(conf.mode()).isEqualTo(0640);
        assertThat(conf.owner().uid()).isEqualTo(1234);
        assertThat(conf.owner().gid()).isEqualTo(5678);
        assertThat(named(data, "link").linkTarget()).isEqualTo("app.conf");

        fixture.client().stopContainerCmd(container).withTimeout(1).exec();
        List<FileEntry> spaced = list(SPACED);
        assertThat(spaced).extracting(FileEntry::path).containsExactly(SPACED + "/deeper", SPACED + "/" + NON_ASCII);
        assertThat(named(spaced, NON_ASCII).size()).isEqualTo(4);
    }

    @Test
    void theChangesAgainstTheImageAreListedAsDockerDiffDoes() {
        assertThat(Futures.done(files.changes(container))).contains(
                new FileChange("/data", FileChange.Kind.ADDED),
                new FileChange(SPACED + "/" + NON_ASCII, FileChange.Kind.ADDED),
                new FileChange("/bin", FileChange.Kind.CHANGED),
                new FileChange("/bin/zcat", FileChange.Kind.DELETED));
    }

    @Test
    void aDownloadedFolderIsByteExact(@TempDir Path host) throws Exception {
        Path top = Futures.done(files.download(container, SPACED, host, TransferProgress.NONE));

        assertThat(top).isEqualTo(host.resolve("a folder"));
        Map<String, String> inContainer = new TreeMap<>();
        for (String line : fixture.engine.exec(container, "sh", "-c", "cd '" + SPACED + "' && find . -type f"
                + " -exec sha256sum {} +").strip().split("\n")) {
            inContainer.put(line.substring(line.indexOf("./") + 2), line.substring(0, 64));
        }
        Map<String, String> onHost = new TreeMap<>();
        try (Stream<Path> all = Files.walk(top)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                onHost.put(top.relativize(file).toString(), sha256(file));
            }
        }
        assertThat(onHost).isEqualTo(inContainer).hasSize(2);
        try (Stream<Path> left = Files.list(host)) {
            assertThat(left).as("no staging folder is left").containsExactly(top);
        }
    }

    @Test
    void aLargeFileReportsProgressAndACancelLeavesNothing(@TempDir Path host) throws Exception {
        fixture.engine.exec(container, "dd", "if=/dev/urandom", "of=/big.bin", "bs=1M", "count=100");
        AtomicLong expected = new AtomicLong();
        TransferProgress cancelAt10Mb = new TransferProgress() {
            private volatile long done;

            @Override
            public void advanced(long bytes, long total) {
                done = bytes;
                expected.set(total);
            }

            @Override
            public boolean cancelled() {
                return done > 10 << 20;
            }
        };
        assertThatThrownBy(() -> Futures.done(files.download(container, "/big.bin", host, cancelAt10Mb)))
                .hasRootCauseInstanceOf(java.util.concurrent.CancellationException.class);
        try (Stream<Path> left = Files.list(host)) {
            assertThat(left).as("a cancelled download leaves nothing").isEmpty();
        }
        assertThat(expected.get()).as("the total comes from the engine's stat").isEqualTo(100L << 20);

        Path big = Futures.done(files.download(container, "/big.bin", host, TransferProgress.NONE));
        assertThat(sha256(big)).isEqualTo(fixture.engine.exec(container, "sha256sum", "/big.bin").substring(0, 64));
    }

    @Test
    void uploadedFilesAndFoldersReadBackThroughExecAndAreOwnedByRoot(@TempDir Path host) throws Exception {
        Path folder = Files.createDirectories(host.resolve("up lo€d"));
        Files.writeString(folder.resolve(NON_ASCII), "grüße\n");
        Path single = Files.writeString(host.resolve("notes one.txt"), "first\n");

        Futures.done(files.upload(container, List.of(folder, single), SPACED, TransferProgress.NONE));

        assertThat(fixture.engine.exec(container, "cat", SPACED + "/up lo€d/" + NON_ASCII)).isEqualTo("grüße\n");
        assertThat(fixture.engine.exec(container, "cat", SPACED + "/notes one.txt")).isEqualTo("first\n");
        assertThat(fixture.engine.exec(container, "stat", "-c", "%u:%g", SPACED + "/notes one.txt").strip())
                .isEqualTo("0:0");

        Files.writeString(single, "second\n");
        Futures.done(files.upload(container, List.of(single), SPACED, TransferProgress.NONE));
        assertThat(fixture.engine.exec(container, "cat", SPACED + "/notes one.txt")).as("replaced").isEqualTo("second\n");
    }

    @Test
    void anEditedFileIsWrittenBackWithItsModeAndOwner() throws Exception {
        FileContent read = Futures.done(files.read(container, "/data/app.conf", 1 << 20));
        assertThat(new String(read.bytes(), StandardCharsets.UTF_8)).isEqualTo("key=1\n");
        assertThat(read.whole()).isTrue();

        Futures.done(files.write(container, read.entry(), "key=2\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(fixture.engine.exec(container, "cat", "/data/app.conf")).isEqualTo("key=2\n");
        assertThat(fixture.engine.exec(container, "stat", "-c", "%a %u:%g", "/data/app.conf").strip())
                .isEqualTo("640 1234:5678");
        FileContent big = Futures.done(files.read(container, SPACED + "/deeper/random.bin", 1024));
        assertThat(big.whole()).as("over the limit: no bytes").isFalse();
        assertThat(big.bytes()).isEmpty();
    }

    @Test
    void failuresAreSentencesWithAnAction() {
        assertThatThrownBy(() -> list("/nope")).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(DaemonException.class)
                .hasMessage("There is no /nope in container " + container + ".");
        fixture.engine.removeQuietly(container);
        assertThatThrownBy(() -> list("/")).cause()
                .hasMessage("Container " + container + " is gone: it was removed meanwhile.");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
