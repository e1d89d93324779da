package dev.berth.daemon.images;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.Transfer;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.OneEndStreamCallback;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pulls and pushes on the stream client, with the engine's progress messages handed on as they come (on docker-java's
 * stream thread) and the registry's login looked up the way the CLI does. Only the login lookup runs on the call
 * pool; the transfer itself holds a stream connection and its own thread, so it never starves short calls.
 */
final class ImageTransfers {
    private final EngineCalls calls;
    private final RegistryCredentials credentials;

    ImageTransfers(EngineCalls calls, RegistryCredentials credentials) {
        this.calls = calls;
        this.credentials = credentials;
    }

    Transfer<Void> pull(ImageReference reference, Consumer<ProgressMessage> progress) {
        String tagOrDigest = reference.digest() != null ? reference.digest() : reference.tagOrLatest();
        return this.<PullResponseItem>start(reference, progress, failure -> ImageErrors.pull(failure, reference),
                (client, auth, callback) -> {
                    var pull = client.pullImageCmd(reference.name()).withTag(tagOrDigest);
                    auth.ifPresent(pull::withAuthConfig);
                    pull.exec(callback);
                });
    }

    Transfer<Void> push(ImageReference reference, Consumer<ProgressMessage> progress) {
        return this.<PushResponseItem>start(reference, progress, failure -> ImageErrors.push(failure, reference),
                (client, auth, callback) -> client.pushImageCmd(reference.name()).withTag(reference.tagOrLatest())
                        .withAuthConfig(auth.orElseGet(AuthConfig::new)).exec(callback));
    }

    @FunctionalInterface
    private interface Starter<T extends ResponseItem> {
        void start(DockerClient streams, Optional<AuthConfig> auth, ProgressCallback<T> callback);
    }

    private <T extends ResponseItem> Transfer<Void> start(ImageReference reference, Consumer<ProgressMessage> progress,
                                                          Function<Throwable, DaemonException> explain,
                                                          Starter<T> starter) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        ProgressCallback<T> callback = new ProgressCallback<>(progress, failure -> {
            if (failure != null) {
                result.completeExceptionally(explain.apply(failure));
            } else {
                result.complete(null);
            }
        });
        calls.callbacks().execute(() -> {
            if (callback.isClosedByUs()) {
                return;
            }
            try {
                Optional<AuthConfig> auth = credentials.lookup(reference.registryHost()).map(ImageTransfers::auth);
                starter.start(calls.streamClient(), auth, callback);
            } catch (DaemonException sentence) {
                result.completeExceptionally(sentence);
            } catch (RuntimeException failure) {
                result.completeExceptionally(explain.apply(failure));
            }
        });
        return new Transfer<>(result, callback::closeByUs);
    }

    static AuthConfig auth(RegistryCredentials.Credential credential) {
        AuthConfig auth = new AuthConfig().withRegistryAddress(credential.serverAddress());
        if (credential.isToken()) {
            return auth.withIdentityToken(credential.secret());
        }
        return auth.withUsername(credential.username()).withPassword(credential.secret());
    }

    static ProgressMessage toMessage(ResponseItem item) {
        ResponseItem.ProgressDetail detail = item.getProgressDetail();
        long current = detail != null && detail.getCurrent() != null ? detail.getCurrent() : -1;
        long total = detail != null && detail.getTotal() != null ? detail.getTotal() : -1;
        return new ProgressMessage(item.getId(), item.getStatus() == null ? "" : item.getStatus(), current, total);
    }

    /** One pull's or push's progress stream; an error message inside the stream ends it as a failure. */
    private static final class ProgressCallback<T extends ResponseItem> extends OneEndStreamCallback<T> {
        private final Consumer<ProgressMessage> progress;
        /** Called once: with null when the transfer completed, else with the failure. */
        private final Consumer<Throwable> onEnd;

        ProgressCallback(Consumer<ProgressMessage> progress, Consumer<Throwable> onEnd) {
            this.progress = progress;
            this.onEnd = onEnd;
        }

        @Override
        public void onNext(T item) {
            if (isClosedByUs() || hasEnded()) {
                return;
            }
            if (item.isErrorIndicated()) {
                String message = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage() : item.getError();
                end(new ImageErrors.StreamError(message));
                return;
            }
            progress.accept(toMessage(item));
        }

        @Override
        protected void ended(Throwable failure) {
            onEnd.accept(failure);
        }
    }
}
