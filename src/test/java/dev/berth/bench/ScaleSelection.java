package dev.berth.bench;

import dev.berth.containers.ContainerRow;
import dev.berth.testing.TestEngine;
import javafx.scene.control.TableView;

import java.io.IOException;
import java.io.InputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

import static dev.berth.testing.FxThread.onFx;

/**
 * Selecting containers spread over the table until the details show the selected one's name (which they take from
 * its inspect answer), each after the engine's own inspect of it: a bare HTTP request on its socket, read whole.
 */
final class ScaleSelection {
    static final int SELECTIONS = 12;

    private ScaleSelection() {
    }

    static void measure(ScaleWindow window, TestEngine engine, ScaleReport report) throws Exception {
        TableView<?> table = window.table("containers-table");
        int size = onFx(() -> table.getItems().size());
        for (int i = 0; i <= SELECTIONS; i++) {
            int index = (i * 83 + 7) % size;
            ContainerRow row = onFx(() -> (ContainerRow) table.getItems().get(index));
            long start = System.nanoTime();
            inspect(row.id());
            double inspectMs = (System.nanoTime() - start) / 1e6;
            double selectMs = window.selectRow("containers-table", row, "details-name", row.name());
            if (i > 0) { // the first warms both up
                report.inspects.add(inspectMs);
                report.selections.add(selectMs);
            }
        }
    }

    /** {@code GET /containers/<id>/json} on the engine's unix socket, the answer read to its end. */
    private static void inspect(String id) throws IOException {
        String socket = TestEngine.HOST.replaceFirst("^unix://", "");
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap(("GET /containers/" + id + "/json HTTP/1.0\r\nHost: engine\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            try (InputStream in = Channels.newInputStream(channel)) {
                byte[] answer = in.readAllBytes();
                if (answer.length < 12 || !new String(answer, 0, 12, StandardCharsets.US_ASCII).endsWith("200")) {
                    throw new IOException("inspect of " + id + " failed");
                }
            }
        }
    }
}
