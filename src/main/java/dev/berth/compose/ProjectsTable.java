package dev.berth.compose;

import dev.berth.compose.actions.ServiceContainer;
import dev.berth.ui.ResourceTable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableColumn;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The projects: name, state pill, services, where its files are, and whether Berth knows its files. */
final class ProjectsTable extends ResourceTable<ProjectRow> {

    ProjectsTable(ComposeViewModel model) {
        super("compose-projects", model.rows());
        TableColumn<ProjectRow, String> name = textColumn("Name", ProjectRow::nameProperty, 170);
        name.getStyleClass().add("name-column");
        TableColumn<ProjectRow, Pill> state = new TableColumn<>("State");
        state.setCellValueFactory(cell -> Bindings.createObjectBinding(() -> Pill.of(cell.getValue()),
                cell.getValue().statusProperty(), cell.getValue().busyProperty()));
        state.setCellFactory(column -> PillCells.table());
        state.setComparator((a, b) -> a.text().compareTo(b.text()));
        state.setPrefWidth(150);
        TableColumn<ProjectRow, String> services = textColumn("Services", row -> row.entryProperty()
                .map(entry -> servicesText(row)), 200);
        TableColumn<ProjectRow, String> from = textColumn("From", row -> row.entryProperty()
                .map(entry -> row.isOpenedFromFiles() ? "Compose file" : "Engine labels"), 110);
        TableColumn<ProjectRow, String> where = textColumn("Files or folder", row -> row.entryProperty()
                .map(entry -> row.whereText()), 320);
        where.getStyleClass().add("path-column");
        getColumns().setAll(List.of(name, state, services, from, where));
        sortBy(name, TableColumn.SortType.ASCENDING);
    }

    /** "web, db": the file's services, else the services of its containers. */
    private static String servicesText(ProjectRow row) {
        Set<String> names = new LinkedHashSet<>();
        if (row.resolved() != null) {
            names.addAll(row.resolved().services().keySet());
        }
        if (row.engine() != null) {
            row.engine().containers().stream().filter(container -> !container.oneoff())
                    .map(ServiceContainer::service).forEach(names::add);
        }
        return String.join(", ", names);
    }
}
