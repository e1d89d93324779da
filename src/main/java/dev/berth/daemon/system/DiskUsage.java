package dev.berth.daemon.system;

import java.util.List;

/** The four rows of {@code docker system df}: images, containers, local volumes, build cache. */
public record DiskUsage(List<Category> categories) {

    public DiskUsage {
        categories = List.copyOf(categories);
    }

    /**
     * One row. {@code reclaimable} is what a prune could give back: images and build cache nothing uses, stopped
     * containers' writable layers, volumes no container mounts.
     */
    public record Category(String type, int totalCount, int active, long size, long reclaimable) {

        /** The share of {@code size} that is reclaimable, in whole percent as the CLI rounds it (down). */
        public long reclaimablePercent() {
            return size > 0 ? reclaimable * 100 / size : 0;
        }

        public long inUse() {
            return Math.max(0, size - reclaimable);
        }
    }
}
