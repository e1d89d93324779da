package dev.berth.ui.form;

import dev.berth.ui.DialogSubmission;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What every create-or-connect dialog's view model keeps: the spec its fields make, that spec's problems by field
 * and its {@code docker} line, all current as the user types, and the one engine call, sent only while nothing is
 * wrong. A subclass makes its fields, then calls {@link #watch} once from its constructor.
 *
 * @param <S> the spec the engine call takes
 * @param <F> the fields a problem can point at
 */
public abstract class SpecFormModel<S, F> {
    private final DialogSubmission submission;
    private ObjectBinding<S> spec;
    private ObjectBinding<Map<F, String>> problems;
    private ShownProblems<F> shownProblems;
    private StringBinding commandLine;

    protected SpecFormModel(Executor ui) {
        submission = new DialogSubmission(ui);
    }

    /**
     * @param inputs  the fields the spec is made of
     * @param build   makes the spec from the fields
     * @param check   the spec's problems by field (a {@link FieldErrors} map)
     * @param render  the spec's {@code docker} line
     */
    protected final void watch(Observable[] inputs, Callable<S> build, Function<S, Map<F, String>> check,
                               Function<S, String> render) {
        spec = Bindings.createObjectBinding(build, inputs);
        problems = Bindings.createObjectBinding(() -> check.apply(spec.get()), spec);
        shownProblems = new ShownProblems<>(problems);
        commandLine = Bindings.createStringBinding(() -> render.apply(spec.get()), spec);
    }

    /**
     * Makes the engine call with the spec, or answers {@code refused} without calling while a field is wrong; either
     * way every problem shows from now on.
     */
    protected final <R> CompletableFuture<R> send(Function<S, CompletableFuture<R>> call, R refused) {
        shownProblems.showAll();
        if (!problems.get().isEmpty()) {
            return CompletableFuture.completedFuture(refused);
        }
        return submission.run(() -> call.apply(spec.get()), refused);
    }

    public final S spec() {
        return spec.get();
    }

    /** The problems by field; empty when the form can be sent. */
    public final ObjectBinding<Map<F, String>> problemsProperty() {
        return problems;
    }

    /** The problems the user sees: of the fields left, or all once the form was sent. */
    public final ShownProblems<F> shownProblems() {
        return shownProblems;
    }

    /** The {@code docker} line the form equals, as it is typed. */
    public final StringBinding commandLineProperty() {
        return commandLine;
    }

    /** Whether the engine call runs, and its refusal. */
    public final DialogSubmission submission() {
        return submission;
    }
}
