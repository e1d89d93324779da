package dev.berth.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The faults an {@link EngineProxy} plays, switched by a test while it runs, and every request it saw. Requests are
 * told apart by their method and path ({@code "POST /v1.47/containers/web/stop"}); patterns match the path with its
 * API version prefix left out ({@code "/containers/[^/]+/stop"}).
 */
public final class ProxyFaults {
    /** The engine's long streams: the requests whose answers a {@link #cutStreamsMidFrame} cuts. */
    static final Pattern STREAMS = Pattern.compile(
            "/events.*|/containers/[^/]+/(logs|stats|attach).*|/exec/[^/]+/start.*");
    private static final Pattern VERSION_PREFIX = Pattern.compile("^/v\\d+\\.\\d+(?=/)");

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean mute;
    private volatile long cutsAsked;
    private volatile Pattern cutOnly = STREAMS;

    /** A canned refusal for the requests whose method is {@code method} and whose path matches {@code path}. */
    private record Refusal(String method, Pattern path, int status, String message) {
        boolean matches(String method, String path) {
            return this.method.equals(method) && this.path.matcher(path).matches();
        }
    }

    /** Every request is held this long before it reaches the engine (zero: none). */
    public void delayEveryCall(Duration by) {
        delay = by;
    }

    /** Requests matching are answered by the proxy with this status and {@code {"message": message}}, as the engine. */
    public void refuse(String method, String pathPattern, int status, String message) {
        refusals.put(method + " " + pathPattern, new Refusal(method, Pattern.compile(pathPattern), status, message));
    }

    /**
     * While on, every new request is taken and never answered (connections are still accepted): an engine that hangs.
     * Answers already on their way, such as the event stream's, keep coming.
     */
    public void muteEngine(boolean on) {
        mute = on;
    }

    /** Cuts each open stream's answer (events, logs, stats, attach, exec) in the middle of the next bytes it carries. */
    public void cutStreamsMidFrame() {
        cutStreamsMidFrame(STREAMS.pattern());
    }

    /**
     * The same for the open streams whose path matches {@code pathPattern} only ({@code "/containers/[^/]+/logs"}):
     * the others, the event stream among them, carry on.
     */
    public synchronized void cutStreamsMidFrame(String pathPattern) {
        cutOnly = Pattern.compile(pathPattern);
        cutsAsked++;
    }

    /** Back to a well-behaved engine; the requests seen so far are kept. */
    public void clear() {
        refusals.clear();
        delay = Duration.ZERO;
        mute = false;
    }

    /** How many requests with this method had a path matching {@code pathPattern} (version prefix left out). */
    public long count(String method, String pathPattern) {
        Pattern path = Pattern.compile(pathPattern);
        return seen.stream().map(line -> line.split(" ", 2))
                .filter(parts -> parts[0].equals(method) && path.matcher(parts[1]).matches()).count();
    }

    /** What the proxy does with one request, which it counts. */
    Decision decide(String method, String rawPath) {
        String path = pathOnly(withoutVersion(rawPath));
        seen.add(method + " " + path);
        if (mute) {
            return new Decision(Duration.ZERO, null, true);
        }
        Refusal refusal = refusals.values().stream().filter(r -> r.matches(method, path)).findFirst()
                .orElse(null);
        return new Decision(delay, refusal == null ? null : answer(refusal), false);
    }

    long cutsAsked() {
        return cutsAsked;
    }

    /** Whether the cuts asked for take the stream answering this request. */
    boolean cuts(String rawPath) {
        return cutOnly.matcher(pathOnly(withoutVersion(rawPath))).matches();
    }

    static boolean isStream(String rawPath) {
        return STREAMS.matcher(pathOnly(withoutVersion(rawPath))).matches();
    }

    private static String withoutVersion(String rawPath) {
        return VERSION_PREFIX.matcher(rawPath).replaceFirst("");
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String answer(Refusal refusal) {
        String body = "{\"message\":\"" + refusal.message().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}\n";
        return "HTTP/1.1 " + refusal.status() + " Refused\r\nApi-Version: 1.47\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    /** Hold the request this long, then answer {@code refusal} (an HTTP answer) in the engine's place, or never. */
    record Decision(Duration delay, String refusal, boolean neverAnswer) {
    }
}
