package dev.berth.daemon.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The unix socket GET against a server of the test's own that answers as the engine does. */
class UnixSocketGetTest {

    /** Serves one connection: reads the request, then writes {@code answer}; completes with the request's text. */
    private static CompletableFuture<String> serveOnce(Path socket, byte[] answer) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return CompletableFuture.supplyAsync(() -> {
            try (server; SocketChannel client = server.accept()) {
                ByteBuffer request = ByteBuffer.allocate(4096);
                String seen = "";
                while (!seen.endsWith("\r\n\r\n")) {
                    client.read(request);
                    seen = new String(request.array(), 0, request.position(), StandardCharsets.US_ASCII);
                }
                client.write(ByteBuffer.wrap(answer));
                return seen;
            } catch (IOException broken) {
                throw new java.io.UncheckedIOException(broken);
            }
        });
    }

    private static byte[] chunked(byte[] body, int... sizes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nX-Docker-Container-Path-Stat: e30=\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        int at = 0;
        for (int i = 0; at < body.length; i++) {
            int size = Math.min(sizes[i % sizes.length], body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            at += size;
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void aChunkedBodyIsReadWholeWithItsStatusAndHeaders(@TempDir Path folder) throws Exception {
        byte[] body = new byte[700_000];
        new Random(7).nextBytes(body);
        Path socket = folder.resolve("engine.sock");
        CompletableFuture<String> request = serveOnce(socket, chunked(body, 1, 32_768, 5, 300_001));

        byte[] read;
        try (UnixSocketGet response = UnixSocketGet.open(socket, "/v1.41/containers/web/archive?path=%2Fa%20b");
             InputStream in = response.getBody()) {
            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(response.getHeaders().get("x-docker-container-path-stat")).containsExactly("e30=");
            in.skip(1);
            read = in.readAllBytes();
        }

        assertThat(read).hasSize(body.length - 1);
        assertThat(read[0]).isEqualTo(body[1]);
        assertThat(read[read.length - 1]).isEqualTo(body[body.length - 1]);
        assertThat(request.get(10, TimeUnit.SECONDS))
                .startsWith("GET /v1.41/containers/web/archive?path=%2Fa%20b HTTP/1.1\r\n");
    }

    @Test
    void aRefusalKeepsItsStatusAndItsBody(@TempDir Path folder) throws Exception {
        Path socket = folder.resolve("engine.sock");
        byte[] refusal = ("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n"
                + "{\"message\":\"No such container: gone\"}           ").getBytes(StandardCharsets.US_ASCII);
        serveOnce(socket, refusal);

        try (UnixSocketGet response = UnixSocketGet.open(socket, "/v1.41/containers/gone/archive?path=%2F");
             InputStream in = response.getBody()) {
            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).contains("No such container: gone");
        }
    }
}
