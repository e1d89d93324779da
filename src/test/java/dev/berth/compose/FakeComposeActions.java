package dev.berth.compose;

import dev.berth.compose.actions.ComposeActions;
import dev.berth.compose.actions.ComposeTask;
import dev.berth.compose.actions.DownOptions;
import dev.berth.compose.actions.ProjectState;
import dev.berth.compose.actions.ServiceProgress;
import dev.berth.compose.actions.UpOptions;
import dev.berth.compose.model.ComposeProject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Compose actions for view-model tests: projects from a settable list, every action recorded with its arguments,
 * and each task held open until the test reports its steps and ends it.
 */
final class FakeComposeActions implements ComposeActions {
    private volatile List<ProjectState> projects = List.of();
    private final AtomicInteger projectCalls = new AtomicInteger();
    private final List<String> calls = new ArrayList<>();
    private final List<FakeTask> tasks = new ArrayList<>();

    /** An action under way: the test sends its steps and completes it. */
    static final class FakeTask implements ComposeTask {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final Consumer<ServiceProgress> progress;
        final Object subject;
        boolean cancelled;

        FakeTask(Consumer<ServiceProgress> progress, Object subject) {
            this.progress = progress;
            this.subject = subject;
        }

        void step(String service, String subject, ServiceProgress.Step step, String detail) {
            progress.accept(new ServiceProgress(service, subject, step, detail));
        }

        @Override
        public CompletableFuture<Void> done() {
            return done;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    void setProjects(ProjectState... latest) {
        projects = List.of(latest);
    }

    int projectCalls() {
        return projectCalls.get();
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    FakeTask lastTask() {
        return tasks.get(tasks.size() - 1);
    }

    private FakeTask record(String call, Consumer<ServiceProgress> progress, Object subject) {
        calls.add(call);
        FakeTask task = new FakeTask(progress, subject);
        tasks.add(task);
        return task;
    }

    @Override
    public CompletableFuture<List<ProjectState>> projects() {
        projectCalls.incrementAndGet();
        return CompletableFuture.completedFuture(projects);
    }

    @Override
    public ComposeTask up(ComposeProject project, UpOptions options, Consumer<ServiceProgress> progress) {
        return record("up " + project.name() + " " + options, progress, project);
    }

    @Override
    public ComposeTask down(String projectName, DownOptions options, Consumer<ServiceProgress> progress) {
        return record("down " + projectName + " " + options, progress, projectName);
    }

    @Override
    public ComposeTask start(String projectName, List<String> services, Consumer<ServiceProgress> progress) {
        return record("start " + projectName + " " + services, progress, projectName);
    }

    @Override
    public ComposeTask stop(String projectName, List<String> services, Consumer<ServiceProgress> progress) {
        return record("stop " + projectName + " " + services, progress, projectName);
    }

    @Override
    public ComposeTask restart(String projectName, List<String> services, Consumer<ServiceProgress> progress) {
        return record("restart " + projectName + " " + services, progress, projectName);
    }

    @Override
    public ComposeTask pull(ComposeProject project, Consumer<ServiceProgress> progress) {
        return record("pull " + project.name(), progress, project);
    }

    @Override
    public ComposeTask build(ComposeProject project, Consumer<ServiceProgress> progress) {
        return record("build " + project.name(), progress, project);
    }

    @Override
    public ComposeTask scale(ComposeProject project, String service, int replicas,
                             Consumer<ServiceProgress> progress) {
        return record("scale " + project.name() + " " + service + "=" + replicas, progress, project);
    }
}
