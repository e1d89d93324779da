package dev.berth.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedComposeFilesTest {
    private final Preferences node = Preferences.userRoot().node("dev/berth-test/" + UUID.randomUUID());

    @AfterEach
    void removeTheNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theOpenedProjectsComeBackInOrderWithAllTheirFilesAndAShorterListReplacesALongerOne() {
        RememberedComposeFiles remembered = new RememberedComposeFiles(node);
        assertThat(remembered.load()).isEmpty();
        List<Path> shop = List.of(Path.of("/work/shop/compose.yaml"), Path.of("/work/shop/compose.prod.yaml"));
        List<Path> blog = List.of(Path.of("/work/my blog/docker-compose.yml"));

        remembered.save(List.of(shop, blog));
        assertThat(new RememberedComposeFiles(node).load()).containsExactly(shop, blog);

        remembered.save(List.of(blog));
        assertThat(new RememberedComposeFiles(node).load()).containsExactly(blog);
    }

    @Test
    void groupingTheContainersIsRememberedAndOffAtFirst() {
        Settings settings = new Settings(node);
        assertThat(settings.containersGroupedByProject()).isFalse();
        settings.saveContainersGroupedByProject(true);
        assertThat(new Settings(node).containersGroupedByProject()).isTrue();
    }
}
