package dev.berth.ui;

import javafx.beans.Observable;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceRowsTest {
    private record Row(String name, SimpleBooleanProperty running) {
        Row(String name, boolean running) {
            this(name, new SimpleBooleanProperty(running));
        }

        boolean matches(String text) {
            return name.contains(text);
        }
    }

    private final ResourceRows<Row> rows = new ResourceRows<>(row -> new Observable[] {row.running()},
            Row::matches);
    private final Row web = new Row("web", true);
    private final Row worker = new Row("worker", false);
    private final Row db = new Row("db", true);

    private List<String> visibleNames() {
        return rows.visible().stream().map(Row::name).toList();
    }

    @Test
    void theSearchTextAndTheNarrowingBothDecideWhatIsVisible() {
        rows.modifiableRows().setAll(web, worker, db);

        rows.filterTextProperty().set("w");
        assertThat(visibleNames()).containsExactly("web", "worker");

        rows.narrow(row -> row.running().get());
        assertThat(visibleNames()).containsExactly("web");

        rows.filterTextProperty().set("");
        assertThat(visibleNames()).containsExactly("web", "db");

        rows.narrow(row -> true);
        assertThat(visibleNames()).containsExactly("web", "worker", "db");
    }

    @Test
    void aRowThatChangesIsFilteredAgain() {
        rows.modifiableRows().setAll(web, worker);
        rows.narrow(row -> row.running().get());

        worker.running().set(true);
        web.running().set(false);

        assertThat(visibleNames()).containsExactly("worker");
    }

    @Test
    void viewsCannotChangeTheListOfRows() {
        rows.modifiableRows().setAll(web);

        assertThatThrownBy(() -> rows.all().add(db)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(rows.all()).containsExactly(web);
    }

    @Test
    void theSameRowRequestedAgainNotifiesAgain() {
        rows.modifiableRows().setAll(web);
        int[] requests = {0};
        rows.selectionRequestProperty().addListener((obs, old, row) -> {
            if (row != null) {
                requests[0]++;
            }
        });

        rows.requestSelection(web);
        rows.requestSelection(web);

        assertThat(requests[0]).isEqualTo(2);
        assertThat(rows.selectionRequestProperty().get()).isSameAs(web);
    }
}
