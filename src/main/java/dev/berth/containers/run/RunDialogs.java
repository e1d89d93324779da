package dev.berth.containers.run;

import dev.berth.containers.ContainerRow;
import dev.berth.containers.ContainersViewModel;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.ui.CommandEcho;
import javafx.stage.Window;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Opens the Run dialog: blank, for an image, or pre-filled from a container's inspect data to edit it. */
public final class RunDialogs {
    private final EngineGateway gateway;
    private final Executor ui;
    private final ContainersViewModel containers;
    private final CommandEcho echo;

    public RunDialogs(EngineGateway gateway, Executor ui, ContainersViewModel containers, CommandEcho echo) {
        this.gateway = gateway;
        this.echo = echo;
        this.ui = ui;
        this.containers = containers;
    }

    /** @param edited the container to edit, or null to run a new one */
    public void open(Window owner, ContainerRow edited) {
        if (edited == null) {
            show(owner, RunSpec.builder("").build(), null);
            return;
        }
        containers.runSpecOf(edited.id()).whenCompleteAsync((spec, failure) -> {
            if (failure != null) {
                containers.notice().report(failure);
            } else {
                show(owner, spec, edited.id());
            }
        }, ui);
    }

    public void openForImage(Window owner, String image) {
        show(owner, RunSpec.builder(image).build(), null);
    }

    private void show(Window owner, RunSpec initial, String editedId) {
        RunDialogViewModel model = new RunDialogViewModel(gateway, ui, containers.hostPortsInUse(editedId), initial,
                editedId);
        Consumer<String> selectNew = id -> {
            echo.echo(model.commandLineProperty().get());
            containers.selectWhenListed(id);
        };
        new RunDialog(owner, model, selectNew).show();
    }
}
