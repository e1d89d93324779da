package dev.berth.app;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The sidebar's sections, in order; {@code shortcutDigit} is the Ctrl/⌘ + digit that opens each. */
enum Section {
    CONTAINERS("Containers", MaterialDesignD.DOCKER, "docker ps -a"),
    IMAGES("Images", MaterialDesignP.PACKAGE_VARIANT_CLOSED, "docker images"),
    NETWORKS("Networks", MaterialDesignL.LAN, "docker network ls"),
    VOLUMES("Volumes", MaterialDesignD.DATABASE, "docker volume ls"),
    COMPOSE("Compose", MaterialDesignL.LAYERS_TRIPLE_OUTLINE, "docker compose ls"),
    EVENTS("Events", MaterialDesignP.PULSE, "docker events"),
    SYSTEM("System", MaterialDesignM.MONITOR_DASHBOARD, "docker system df");

    final String title;
    final Ikon icon;
    final String cliEquivalent;

    Section(String title, Ikon icon, String cliEquivalent) {
        this.title = title;
        this.icon = icon;
        this.cliEquivalent = cliEquivalent;
    }

    int shortcutDigit() {
        return ordinal() + 1;
    }

    static Section parse(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return CONTAINERS;
        }
    }
}
