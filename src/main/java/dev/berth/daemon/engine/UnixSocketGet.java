package dev.berth.daemon.engine;

import com.github.dockerjava.transport.DockerHttpClient;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One GET over the engine's unix socket on a connection of its own, read with the JDK's socket channel, for bulk
 * bodies such as a container's archive: docker-java's transport reads the socket at about 35 MB/s on the machine
 * of docs/performance.md, this at the speed of {@code docker cp}. The body is the engine's (chunked or not);
 * closing the response closes the connection, which also ends a read that waits.
 */
final class UnixSocketGet implements DockerHttpClient.Response {
    private static final int BUFFER = 256 * 1024;

    private final SocketChannel channel;
    private final int status;
    private final Map<String, List<String>> headers;
    private final InputStream body;

    private UnixSocketGet(SocketChannel channel, int status, Map<String, List<String>> headers, InputStream body) {
        this.channel = channel;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** @param pathAndQuery the request target, already encoded: "/v1.41/containers/web/archive?path=%2Fetc" */
    static UnixSocketGet open(Path socket, String pathAndQuery) throws IOException {
        SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        try {
            channel.write(ByteBuffer.wrap(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: docker\r\n"
                    + "User-Agent: Berth\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), BUFFER);
            String[] statusLine = line(in).split(" ", 3);
            if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
                throw new IOException("The engine answered something that is not HTTP: " + String.join(" ", statusLine));
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(header.substring(0, colon).trim(), unused -> new ArrayList<>())
                            .add(header.substring(colon + 1).trim());
                }
            }
            boolean chunked = headers.getOrDefault("Transfer-Encoding", List.of()).stream()
                    .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"));
            return new UnixSocketGet(channel, Integer.parseInt(statusLine[1]), headers,
                    chunked ? new Chunked(in) : in);
        } catch (IOException | RuntimeException failed) {
            channel.close();
            throw failed;
        }
    }

    /** A header line without its CRLF. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("The engine closed the connection in the middle of its answer");
            }
            if (b != '\r') {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public int getStatusCode() {
        return status;
    }

    @Override
    public Map<String, List<String>> getHeaders() {
        return headers;
    }

    @Override
    public InputStream getBody() {
        return body;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException alreadyBroken) {
            // The connection is being given up; failing to close a broken one changes nothing.
        }
    }

    /** HTTP/1.1 chunked transfer coding: hex size line, data, CRLF, until a chunk of size 0. */
    private static final class Chunked extends FilterInputStream {
        private final byte[] skipped = new byte[64 * 1024];
        private long left;
        private boolean ended;

        Chunked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (left == 0) {
                String size = line(in);
                int extension = size.indexOf(';');
                left = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                if (left == 0) {
                    ended = true;
                    return -1;
                }
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read < 0) {
                throw new EOFException("The engine closed the connection in the middle of a chunk");
            }
            left -= read;
            if (left == 0) {
                line(in); // the CRLF after the chunk's data
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            int read = read(skipped, 0, (int) Math.min(n, skipped.length));
            return Math.max(read, 0);
        }

        @Override
        public int available() {
            return 0;
        }
    }
}
