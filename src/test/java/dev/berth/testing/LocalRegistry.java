package dev.berth.testing;

import dev.berth.daemon.images.ImageReference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The test registry on 127.0.0.1:5000 (no auth, delete enabled), seen through its own HTTP API, so tests can remove
 * the manifests they pushed (the blobs stay until the registry's garbage collection; their names are unique).
 */
public final class LocalRegistry {
    public static final String HOST = "127.0.0.1:5000";
    private static final String MANIFEST_V2 = "application/vnd.docker.distribution.manifest.v2+json";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalRegistry() {
    }

    /** A unique reference in the test registry: 127.0.0.1:5000/berth-test/berth-test-PREFIX-1234abcd:TAG. */
    public static String uniqueReference(String prefix, String tag) {
        return HOST + "/berth-test/" + TestEngine.uniqueName(prefix) + ":" + tag;
    }

    /** Deletes the manifest a test pushed under {@code reference}; nothing happens when it is not there. */
    public static void deleteQuietly(String reference) {
        ImageReference parsed = ImageReference.parse(reference);
        String manifest = "http://" + HOST + "/v2/" + parsed.path() + "/manifests/";
        try {
            HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(URI.create(manifest + parsed.tagOrLatest()))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", MANIFEST_V2).build(),
                    HttpResponse.BodyHandlers.discarding());
            String digest = head.headers().firstValue("Docker-Content-Digest").orElse(null);
            if (head.statusCode() == 200 && digest != null) {
                HTTP.send(HttpRequest.newBuilder(URI.create(manifest + digest)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException unreachable) {
            // The registry is gone: nothing of ours is left in it to delete.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
