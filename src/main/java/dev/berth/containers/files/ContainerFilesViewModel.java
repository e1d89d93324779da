package dev.berth.containers.files;

import dev.berth.daemon.cli.ContainerFileCommandLines;
import dev.berth.daemon.containers.ContainerFileOperations;
import dev.berth.daemon.containers.FileChange;
import dev.berth.daemon.files.FileEntry;
import dev.berth.ui.TabContext;
import dev.berth.ui.concurrent.LatestAnswer;
import dev.berth.ui.dialogs.Confirmation;
import dev.berth.ui.dialogs.FileRequest;
import dev.berth.ui.files.FileBrowserViewModel;
import dev.berth.ui.files.TransferStatus;
import dev.berth.ui.files.TransferStatus.Outcome;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The Files page of a container, running or stopped: the shared browser over its filesystem with each entry marked as
 * {@code docker diff} says (read again with every folder opened), downloads and uploads with progress and Cancel, and
 * the editor for text files. Reads only while the page is shown. All properties change on the UI executor.
 */
public final class ContainerFilesViewModel {
    private final ContainerFileOperations files;
    private final TabContext context;
    private final FileBrowserViewModel browser;
    private final TransferStatus transfers;
    private final FileEditorViewModel editor;
    private final LatestAnswer<List<FileChange>> changes;
    private String containerId;
    private String containerName;
    private boolean interrupted;

    public ContainerFilesViewModel(ContainerFileOperations files, TabContext context) {
        this.files = files;
        this.context = context;
        this.browser = new FileBrowserViewModel(context.ui());
        this.transfers = new TransferStatus(context.ui(), context.echo());
        this.editor = new FileEditorViewModel(files, context, browser::refresh);
        this.changes = new LatestAnswer<>(context.ui(), this::mark, failure -> browser.setMarks(Map.of()));
        browser.onlyChangedProperty().addListener((obs, old, only) -> {
            if (only && containerName != null) {
                context.echo().echo(ContainerFileCommandLines.diff(containerName));
            }
        });
    }

    /**
     * Shows the files of this container from its root (null: nothing); the same container again keeps the open
     * folder and reads nothing. The engine is asked by the container's name, so that its sentences name it as the
     * user knows it; a renamed container starts again at its root.
     */
    public void show(String id, String name) {
        if (Objects.equals(id, containerId) && Objects.equals(name, containerName)) {
            if (interrupted) {
                interrupted = false;
                browser.refresh();
            }
            return;
        }
        interrupted = false;
        containerId = id;
        containerName = name;
        editor.discard();
        changes.supersede();
        browser.browse(id == null ? null : name, folder -> {
            changes.submit(files.changes(name));
            return files.listFolder(name, folder);
        });
    }

    /** The page is no longer shown: a folder still being read is given up, and read again when it comes back. */
    public void hide() {
        if (browser.loadingProperty().get()) {
            browser.stopReading();
            interrupted = true;
        }
    }

    private void mark(List<FileChange> changed) {
        browser.setMarks(changed.stream().collect(Collectors.toMap(FileChange::path, FileChange::kind,
                (first, second) -> first)));
    }

    /** Asks which folder of this computer the entry goes into, then downloads it there. */
    public CompletableFuture<Boolean> askDownload(FileEntry entry) {
        if (entry == null || containerId == null) {
            return CompletableFuture.completedFuture(false);
        }
        return context.dialogs().pickFolder("Download " + entry.name() + " into…")
                .map(folder -> download(entry, folder)).orElse(CompletableFuture.completedFuture(false));
    }

    public CompletableFuture<Boolean> download(FileEntry entry, Path into) {
        String path = FileBrowserViewModel.pathOf(entry);
        String container = containerName;
        return transfers.run("Downloading " + entry.name(), ContainerFileCommandLines.download(containerName, path,
                        into), "Downloaded " + path + " to " + into + ".", cause -> false,
                progress -> files.download(container, path, into, progress)).thenApply(Outcome.DONE::equals);
    }

    /** Asks for a file of this computer to copy into the open folder. */
    public CompletableFuture<Boolean> askUploadFile() {
        return context.dialogs().pickFile(FileRequest.open("Copy a file into " + browser.folderProperty().get(),
                "Any file", "*")).map(file -> upload(List.of(file))).orElse(CompletableFuture.completedFuture(false));
    }

    /** Asks for a folder of this computer to copy (with everything in it) into the open folder. */
    public CompletableFuture<Boolean> askUploadFolder() {
        return context.dialogs().pickFolder("Copy a folder into " + browser.folderProperty().get())
                .map(folder -> upload(List.of(folder))).orElse(CompletableFuture.completedFuture(false));
    }

    /**
     * Copies files and folders of this computer into the open folder; when that replaces files of the same name, the
     * user is asked first, naming them. The folder is read again afterwards.
     */
    public CompletableFuture<Boolean> upload(List<Path> sources) {
        if (containerId == null || sources.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        String folder = browser.folderProperty().get();
        String command = ContainerFileCommandLines.upload(sources, containerName, folder);
        List<String> replaced = sources.stream().map(source -> source.getFileName().toString())
                .filter(browser.namesShown()::contains).sorted().toList();
        if (!replaced.isEmpty() && context.dialogs().confirm(Confirmation.destructive("Replace " + describe(replaced)
                        + " in " + folder + " of container " + containerName + "?", replaced, "Replace", command)
                .explaining("Files of the same name are overwritten; a folder's other files stay.")).isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        String id = containerId;
        String container = containerName;
        String what = sources.size() == 1 ? sources.get(0).getFileName().toString() : sources.size() + " items";
        return transfers.run("Copying " + what + " into " + folder, command, "Copied " + what + " into " + folder
                        + ".", cause -> false, progress -> files.upload(container, sources, folder, progress))
                .thenApply(outcome -> {
                    if (outcome == Outcome.DONE && id.equals(containerId)) {
                        browser.refresh();
                    }
                    return outcome == Outcome.DONE;
                });
    }

    private static String describe(List<String> names) {
        return names.size() == 1 ? names.get(0) : names.size() + " files";
    }

    /** Opens a file in the editor (folders open in the browser). */
    public void openFile(FileEntry entry) {
        if (containerId != null && entry != null && !entry.isFolder()) {
            editor.open(containerName, entry);
        }
    }

    public FileBrowserViewModel browser() {
        return browser;
    }

    public TransferStatus transfers() {
        return transfers;
    }

    public FileEditorViewModel editor() {
        return editor;
    }
}
