package dev.berth.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP front for the engine's Unix socket on 127.0.0.1, which a test can cut ({@link #stop()}: every open
 * connection, the event stream included, breaks, and new ones are refused) and bring back ({@link #start()}, same
 * port). It makes "the engine went away and came back" real without restarting dockerd. It reads each request's
 * line and headers (HTTP/1.1, plain TCP), so {@link #faults()} can make the engine slow, refusing, mute or cut its
 * streams, and counts every request.
 */
public final class EngineProxy implements AutoCloseable {
    private final Path socket;
    private final ProxyFaults faults = new ProxyFaults();
    private final List<Closeable> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private int port;

    public EngineProxy(Path socket) {
        this(socket, 0);
    }

    /** @param port where to listen (0: a free port, picked at the first start) */
    public EngineProxy(Path socket, int port) {
        this.socket = socket;
        this.port = port;
    }

    public synchronized void start() throws IOException {
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress("127.0.0.1", port));
        port = listening.getLocalPort();
        server = listening;
        daemon("engine-proxy-accept", () -> accept(listening));
    }

    public String host() {
        return "tcp://127.0.0.1:" + port;
    }

    /** The faults the proxy plays from now on, and the requests it saw. */
    public ProxyFaults faults() {
        return faults;
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                client.setTcpNoDelay(true);
                SocketChannel engine = SocketChannel.open(StandardProtocolFamily.UNIX);
                engine.connect(UnixDomainSocketAddress.of(socket));
                open.add(client);
                open.add(engine);
                new Connection(client, engine).start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Refuses new connections and cuts every open one. */
    public synchronized void stop() {
        closeQuietly(server);
        for (Closeable connection : open) {
            closeQuietly(connection);
        }
        open.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** One client connection and its own connection to the engine: requests one way, answers the other. */
    private final class Connection {
        private final Socket client;
        private final SocketChannel engine;
        private final OutputStream toClient;
        private final OutputStream toEngine;
        /** Whether the answer under way is a long stream, and the cut count it started under. */
        private volatile boolean streaming;
        private volatile String path;
        private volatile long cutsBefore;

        Connection(Socket client, SocketChannel engine) throws IOException {
            this.client = client;
            this.engine = engine;
            this.toClient = client.getOutputStream();
            this.toEngine = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int from, int length) throws IOException {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes, from, length);
                    while (buffer.hasRemaining()) {
                        engine.write(buffer);
                    }
                }
            };
        }

        void start() {
            daemon("engine-proxy-requests", this::requests);
            daemon("engine-proxy-answers", this::answers);
        }

        private void requests() {
            try (InputStream in = new BufferedInputStream(client.getInputStream())) {
                String head;
                while ((head = HttpHead.read(in)) != null) {
                    String[] line = head.substring(0, head.indexOf("\r\n")).split(" ");
                    ProxyFaults.Decision decision = faults.decide(line[0], line[1]);
                    if (decision.neverAnswer()) {
                        in.transferTo(OutputStream.nullOutputStream()); // until the client gives up
                        break;
                    }
                    Thread.sleep(decision.delay().toMillis());
                    if (decision.refusal() != null) {
                        HttpHead.body(head, in, OutputStream.nullOutputStream());
                        synchronized (toClient) {
                            toClient.write(decision.refusal().getBytes(StandardCharsets.UTF_8));
                            toClient.flush();
                        }
                        continue;
                    }
                    cutsBefore = faults.cutsAsked();
                    streaming = ProxyFaults.isStream(line[1]);
                    path = line[1];
                    toEngine.write(head.getBytes(StandardCharsets.ISO_8859_1));
                    HttpHead.body(head, in, toEngine);
                    if (HttpHead.upgrades(head)) {
                        in.transferTo(toEngine); // a hijacked connection (attach, exec): raw bytes from now on
                        break;
                    }
                }
            } catch (IOException | InterruptedException cut) {
                // The proxy was stopped or a side hung up.
            }
            hangUp();
        }

        private void answers() {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                int read;
                while ((read = engine.read(buffer)) >= 0) {
                    boolean cut = streaming && faults.cutsAsked() > cutsBefore && read >= 2 && faults.cuts(path);
                    synchronized (toClient) {
                        toClient.write(buffer.array(), 0, cut ? read / 2 : read);
                        toClient.flush();
                    }
                    if (cut) {
                        break;
                    }
                    buffer.clear();
                }
            } catch (IOException cut) {
                // The proxy was stopped or a side hung up.
            }
            hangUp();
        }

        private void hangUp() {
            closeQuietly(client);
            closeQuietly(engine);
            open.remove(client);
            open.remove(engine);
        }
    }

    /** Just enough HTTP/1.1 to find where one request ends and the next begins. */
    private static final class HttpHead {
        private HttpHead() {
        }

        /** The request line and headers up to and including the blank line, or null at the end of the stream. */
        static String read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
                if (matched == 4) {
                    return head.toString(StandardCharsets.ISO_8859_1);
                }
            }
            return null;
        }

        /** Copies the request's body, as sent (by its length, or chunk by chunk), to {@code to}. */
        static void body(String head, InputStream in, OutputStream to) throws IOException {
            String length = header(head, "content-length");
            if (length != null) {
                copy(in, to, Long.parseLong(length.trim()));
            } else if ("chunked".equalsIgnoreCase(String.valueOf(header(head, "transfer-encoding")).trim())) {
                long size;
                do {
                    String sizeLine = line(in);
                    to.write(sizeLine.getBytes(StandardCharsets.ISO_8859_1));
                    size = Long.parseLong(sizeLine.trim().split(";")[0], 16);
                    copy(in, to, size);
                    to.write(line(in).getBytes(StandardCharsets.ISO_8859_1)); // the chunk's CRLF, or the last one
                } while (size > 0);
            }
            to.flush();
        }

        static boolean upgrades(String head) {
            return header(head, "upgrade") != null;
        }

        private static String header(String head, String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1);
                }
            }
            return null;
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                line.append((char) b);
                if (b == '\n') {
                    break;
                }
            }
            return line.toString();
        }

        private static void copy(InputStream in, OutputStream to, long bytes) throws IOException {
            byte[] buffer = new byte[16 * 1024];
            long left = bytes;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("the request ended before its body");
                }
                to.write(buffer, 0, read);
                left -= read;
            }
        }
    }
}
