package dev.berth.containers.run;

import dev.berth.containers.ContainerRow;
import dev.berth.containers.ContainersViewModel;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.ui.TabContext;
import javafx.stage.Window;

import java.util.function.Consumer;

/** Opens the Run dialog: blank, for an image, or pre-filled from a container's inspect data to edit it. */
public final class RunDialogs {
    private final EngineGateway gateway;
    private final ContainersViewModel containers;
    private final TabContext context;

    public RunDialogs(EngineGateway gateway, ContainersViewModel containers, TabContext context) {
        this.gateway = gateway;
        this.containers = containers;
        this.context = context;
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
        }, context.ui());
    }

    public void openForImage(Window owner, String image) {
        show(owner, RunSpec.builder(image).build(), null);
    }

    private void show(Window owner, RunSpec initial, String editedId) {
        RunDialogViewModel model = new RunDialogViewModel(gateway, context.ui(), containers.hostPortsInUse(editedId),
                initial, editedId);
        Consumer<String> selectNew = id -> {
            context.echo().echo(model.commandLineProperty().get());
            containers.selectWhenListed(id);
        };
        new RunDialog(owner, model, selectNew).show();
    }
}
