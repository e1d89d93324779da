package dev.berth.ui.dialogs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions a view model asks the user: whether to go ahead (naming every target), and which file or folder.
 * Each call blocks until the user answers; call it on the UI thread, where the real dialogs run a nested event loop.
 */
public interface Dialogs {
    /** @return the answer (with the options as the user left them), or empty when the user cancelled */
    Optional<Confirmation.Answer> confirm(Confirmation question);

    /** An existing file to read, e.g. an archive to load. */
    Optional<Path> pickFile(FileRequest request);

    /** Where to write a new file; {@link FileRequest#suggestedName()} is offered. */
    Optional<Path> pickSaveLocation(FileRequest request);

    /** An existing folder, e.g. where a download goes. */
    Optional<Path> pickFolder(String title);
}
