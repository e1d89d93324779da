package dev.berth.images.build;

import dev.berth.ui.form.FieldErrors;
import dev.berth.ui.form.KeyValueRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** What is wrong with the Build form, field by field, in sentences that say how to fix it; checked before any call. */
final class BuildSpecValidator {
    private static final Pattern ARG_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SECRET_ID = Pattern.compile("[A-Za-z0-9_.-]+");

    private BuildSpecValidator() {
    }

    static Map<BuildField, String> problems(BuildForm form, DockerfileAnalysis analysis) {
        FieldErrors<BuildField> problems = new FieldErrors<>(BuildField.class);
        problems.add(BuildField.CONTEXT, context(form));
        if (!problems.has(BuildField.CONTEXT) || !form.dockerfile.get().isBlank()) {
            problems.add(BuildField.DOCKERFILE, dockerfile(form));
        }
        problems.add(BuildField.TAGS, ImageTags.split(form.tags.get()).stream().map(ImageTags::problem)
                .filter(Objects::nonNull).findFirst());
        problems.add(BuildField.BUILD_ARGS, pairs(form.buildArgs, "build argument", "name", ARG_NAME));
        problems.add(BuildField.LABELS, pairs(form.labels, "label", "key", null));
        problems.add(BuildField.TARGET, target(form.target.get().strip(), analysis));
        problems.add(BuildField.SECRETS, secrets(form.secrets));
        return problems.asMap();
    }

    private static String context(BuildForm form) {
        if (form.context.get().isBlank()) {
            return "Choose the context folder: the files the Dockerfile can COPY and ADD.";
        }
        Path folder = form.contextPath();
        if (folder == null || !Files.exists(folder)) {
            return "The folder " + form.context.get().strip() + " does not exist. Choose an existing folder.";
        }
        return Files.isDirectory(folder) ? null
                : folder + " is a file; the context must be a folder (pick the file as the Dockerfile instead).";
    }

    private static String dockerfile(BuildForm form) {
        Path file = form.dockerfilePath();
        if (file == null) {
            return "Type the path of the Dockerfile, or leave it blank for Dockerfile in the context.";
        }
        if (!Files.exists(file)) {
            return form.dockerfile.get().isBlank()
                    ? "There is no Dockerfile in " + file.getParent() + ". Choose the Dockerfile to use (-f)."
                    : "The Dockerfile " + file + " does not exist.";
        }
        return Files.isRegularFile(file) ? null : file + " is a folder; choose the Dockerfile itself.";
    }

    /** Build arguments need names the builder accepts; labels only a key. Neither may be given twice. */
    private static String pairs(List<KeyValueRow> rows, String what, String keyWord, Pattern names) {
        Set<String> seen = new HashSet<>();
        for (KeyValueRow row : rows) {
            String key = row.keyProperty().get().strip();
            if (BuildForm.isBlank(row)) {
                continue;
            }
            if (key.isEmpty()) {
                return "The " + what + " with the value \"" + row.valueProperty().get() + "\" needs a " + keyWord + ".";
            }
            if (names != null && !names.matcher(key).matches()) {
                return "\"" + key + "\" is not a " + what + " name: use letters, digits and _, not starting with "
                        + "a digit.";
            }
            if (!seen.add(key)) {
                return "The " + what + " " + key + " is given twice; remove one.";
            }
        }
        return null;
    }

    private static String target(String target, DockerfileAnalysis analysis) {
        if (target.isEmpty() || analysis.stages().isEmpty()) {
            return null; // no Dockerfile read yet: its own field says why
        }
        List<String> names = analysis.stageNames();
        if (names.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(target.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return names.isEmpty() ? "The Dockerfile names no stages (FROM … AS name), so there is no " + target
                + " to build; leave the target blank."
                : "The Dockerfile has no stage " + target + "; its stages are " + String.join(", ", names) + ".";
    }

    private static String secrets(List<KeyValueRow> rows) {
        Set<String> seen = new HashSet<>();
        for (KeyValueRow row : rows) {
            String id = row.keyProperty().get().strip();
            String file = row.valueProperty().get().strip();
            if (BuildForm.isBlank(row)) {
                continue;
            }
            if (id.isEmpty()) {
                return "The secret from " + file + " needs an id: the id= its RUN --mount names.";
            }
            if (!SECRET_ID.matcher(id).matches()) {
                return "\"" + id + "\" is not a secret id: use letters, digits, _ . and -.";
            }
            if (!seen.add(id)) {
                return "The secret " + id + " is given twice; remove one.";
            }
            if (file.isEmpty()) {
                return "Choose the file that holds the secret " + id + ".";
            }
            Path path = Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file);
            if (!Files.isRegularFile(path)) {
                return "The file " + file + " of the secret " + id + " does not exist.";
            }
        }
        return null;
    }
}
