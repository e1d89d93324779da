package dev.berth.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP front for the engine's Unix socket on 127.0.0.1, which a test can cut ({@link #stop()}: every open
 * connection, the event stream included, breaks, and new ones are refused) and bring back ({@link #start()}, same
 * port). It makes "the engine went away and came back" real without restarting dockerd.
 */
public final class EngineProxy implements AutoCloseable {
    private final Path socket;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocketChannel server;
    private int port;

    public EngineProxy(Path socket) {
        this.socket = socket;
    }

    public synchronized void start() throws IOException {
        ServerSocketChannel listening = ServerSocketChannel.open();
        listening.setOption(java.net.StandardSocketOptions.SO_REUSEADDR, true);
        listening.bind(new InetSocketAddress("127.0.0.1", port));
        port = ((InetSocketAddress) listening.getLocalAddress()).getPort();
        server = listening;
        Thread acceptor = new Thread(() -> accept(listening), "engine-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String host() {
        return "tcp://127.0.0.1:" + port;
    }

    private void accept(ServerSocketChannel listening) {
        while (listening.isOpen()) {
            try {
                SocketChannel client = listening.accept();
                SocketChannel engine = SocketChannel.open(StandardProtocolFamily.UNIX);
                engine.connect(UnixDomainSocketAddress.of(socket));
                open.add(client);
                open.add(engine);
                pump(client, engine);
                pump(engine, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(SocketChannel from, SocketChannel to) {
        Thread pump = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
            } catch (IOException cut) {
                // The proxy was stopped or a side hung up.
            }
            closeQuietly(from);
            closeQuietly(to);
        }, "engine-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    /** Refuses new connections and cuts every open one. */
    public synchronized void stop() {
        closeQuietly(server);
        for (SocketChannel channel : open) {
            closeQuietly(channel);
        }
        open.clear();
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        stop();
    }
}
