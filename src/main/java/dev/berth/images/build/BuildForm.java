package dev.berth.images.build;

import dev.berth.daemon.build.BuildSpec;
import dev.berth.ui.form.KeyValueRow;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Build dialog's fields as the user typed them. Secret rows hold the secret's id (key) and its file (value).
 * Rows left blank do not count.
 */
public final class BuildForm {
    final StringProperty context = new SimpleStringProperty(this, "context", "");
    final StringProperty dockerfile = new SimpleStringProperty(this, "dockerfile", "");
    final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    final StringProperty target = new SimpleStringProperty(this, "target", "");
    final BooleanProperty noCache = new SimpleBooleanProperty(this, "noCache", false);
    final BooleanProperty pull = new SimpleBooleanProperty(this, "pull", false);
    final ObservableList<KeyValueRow> buildArgs = rows();
    final ObservableList<KeyValueRow> labels = rows();
    final ObservableList<KeyValueRow> secrets = rows();

    private static ObservableList<KeyValueRow> rows() {
        return FXCollections.observableArrayList(row -> new Observable[] {row.keyProperty(), row.valueProperty()});
    }

    public StringProperty contextProperty() {
        return context;
    }

    public StringProperty dockerfileProperty() {
        return dockerfile;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public BooleanProperty noCacheProperty() {
        return noCache;
    }

    public BooleanProperty pullProperty() {
        return pull;
    }

    public ObservableList<KeyValueRow> buildArgs() {
        return buildArgs;
    }

    public ObservableList<KeyValueRow> labels() {
        return labels;
    }

    public ObservableList<KeyValueRow> secrets() {
        return secrets;
    }

    Observable[] observables() {
        return new Observable[] {context, dockerfile, tags, target, noCache, pull, buildArgs, labels, secrets};
    }

    /** The folder typed, as an absolute path, or null while the field is blank or not a path. */
    Path contextPath() {
        return path(context.get());
    }

    /** The Dockerfile actually read: the one typed, else {@code Dockerfile} in the context; null if unknown. */
    Path dockerfilePath() {
        Path typed = path(dockerfile.get());
        if (typed != null) {
            return typed;
        }
        Path folder = contextPath();
        return folder == null ? null : folder.resolve("Dockerfile");
    }

    /** The spec the fields make; only meaningful once {@link BuildSpecValidator} found nothing wrong. */
    BuildSpec toSpec(BuildSpec.Builder builder) {
        Path folder = contextPath();
        return new BuildSpec(folder == null ? Path.of("") : folder, path(dockerfile.get()),
                ImageTags.split(tags.get()), pairs(buildArgs), target.get(), noCache.get(), pull.get(),
                pairs(labels), secretSpecs(), builder);
    }

    private List<BuildSpec.BuildSecret> secretSpecs() {
        List<BuildSpec.BuildSecret> specs = new ArrayList<>();
        for (KeyValueRow row : secrets) {
            Path file = path(row.valueProperty().get());
            if (!row.keyProperty().get().isBlank() && file != null) {
                specs.add(new BuildSpec.BuildSecret(row.keyProperty().get().strip(), file));
            }
        }
        return specs;
    }

    static boolean isBlank(KeyValueRow row) {
        return row.keyProperty().get().isBlank() && row.valueProperty().get().isEmpty();
    }

    private static Map<String, String> pairs(List<KeyValueRow> rows) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (KeyValueRow row : rows) {
            if (!isBlank(row)) {
                pairs.put(row.keyProperty().get().strip(), row.valueProperty().get());
            }
        }
        return pairs;
    }

    private static Path path(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.equals("~") || text.startsWith("~/")) {
            text = System.getProperty("user.home") + text.substring(1);
        }
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (RuntimeException notAPath) {
            return null;
        }
    }
}
