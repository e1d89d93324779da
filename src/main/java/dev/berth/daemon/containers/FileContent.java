package dev.berth.daemon.containers;

import dev.berth.daemon.files.FileEntry;

/**
 * A file of a container as read for viewing: its entry (size, mode, owner, time) and its bytes, or no bytes when it
 * is larger than the reader's limit (then {@link #whole()} is false and only a download makes sense).
 */
public record FileContent(FileEntry entry, byte[] bytes) {

    public boolean whole() {
        return bytes.length == entry.size();
    }
}
