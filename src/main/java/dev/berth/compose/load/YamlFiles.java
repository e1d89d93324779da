package dev.berth.compose.load;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a compose file into {@link YamlNode}s with snakeyaml-engine: the YAML 1.2 core schema, aliases expanded and
 * merge keys applied by the composer, every node's line and column kept.
 */
final class YamlFiles {
    private static final Map<Tag, YamlScalar.Type> SCALAR_TYPES = Map.of(
            Tag.STR, YamlScalar.Type.STRING, Tag.INT, YamlScalar.Type.INTEGER, Tag.FLOAT, YamlScalar.Type.FLOAT,
            Tag.BOOL, YamlScalar.Type.BOOLEAN, Tag.NULL, YamlScalar.Type.NULL);

    private final Path file;
    private final Path baseDir;
    private final Problems problems;
    private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlFiles(Path file, Path baseDir, Problems problems) {
        this.file = file;
        this.baseDir = baseDir;
        this.problems = problems;
    }

    /**
     * The file's documents, each a mapping; empty when the file cannot be read or parsed (the problem is recorded).
     *
     * @param baseDir the folder the file's relative paths are resolved against
     */
    static List<YamlMap> read(Path file, Path baseDir, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            problems.error(Place.ofFile(file, baseDir), "", "The file " + file + " does not exist.");
            return List.of();
        } catch (IOException unreadable) {
            problems.error(Place.ofFile(file, baseDir), "", "The file " + file + " cannot be read: "
                    + unreadable.getMessage() + ".");
            return List.of();
        }
        return new YamlFiles(file, baseDir, problems).documents(text);
    }

    private List<YamlMap> documents(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setSchema(new CoreSchema())
                .setAllowRecursiveKeys(false)
                .build();
        List<YamlMap> documents = new ArrayList<>();
        boolean anyDocument = false;
        try {
            for (Node root : new Compose(settings).composeAllFromString(text)) {
                anyDocument = true;
                YamlNode document = convert(root, "");
                if (document instanceof YamlMap map) {
                    documents.add(map);
                } else if (document != null) {
                    problems.error(document.place(), "", "A compose file must be a mapping of keys such as "
                            + "services:, but this document is " + document.kindName() + ".");
                }
            }
        } catch (MarkedYamlEngineException invalid) {
            Mark mark = invalid.getProblemMark().or(invalid::getContextMark).orElse(null);
            problems.error(place(Optional.ofNullable(mark)), "", "The YAML is not valid: "
                    + sentence(invalid.getProblem()) + (invalid.getContext() == null || invalid.getContext().isBlank()
                    ? "" : " (" + invalid.getContext() + ")") + ".");
            return List.of();
        } catch (YamlEngineException invalid) {
            problems.error(Place.ofFile(file, baseDir), "", "The YAML is not valid: "
                    + sentence(invalid.getMessage()) + ".");
            return List.of();
        }
        if (!anyDocument) {
            problems.error(Place.ofFile(file, baseDir), "", "The file is empty; a compose file needs at least a "
                    + "services: mapping.");
        }
        return documents;
    }

    private YamlNode convert(Node node, String path) {
        if (!inProgress.add(node)) {
            problems.error(place(node.getStartMark()), path, "An alias refers to a node that contains it; "
                    + "YAML anchors cannot include themselves.");
            return YamlScalar.string("", place(node.getStartMark()));
        }
        try {
            YamlNode converted = switch (node.getNodeType()) {
                case SCALAR -> scalar((ScalarNode) node);
                case SEQUENCE -> list((SequenceNode) node, path);
                case MAPPING -> map((MappingNode) node, path);
                default -> throw new IllegalStateException("unknown node type " + node.getNodeType());
            };
            return converted.withTag(composeTag(node.getTag()));
        } finally {
            inProgress.remove(node);
        }
    }

    private YamlScalar scalar(ScalarNode node) {
        YamlScalar.Type type = SCALAR_TYPES.get(node.getTag());
        if (type == null) {
            type = node.getValue().isEmpty() ? YamlScalar.Type.NULL : YamlScalar.Type.STRING;
        }
        return new YamlScalar(node.getValue(), type, place(node.getStartMark()), YamlNode.Tag.NONE);
    }

    private YamlList list(SequenceNode node, String path) {
        List<YamlNode> items = new ArrayList<>();
        for (Node item : node.getValue()) {
            items.add(convert(item, KeyPaths.item(path, items.size())));
        }
        return new YamlList(items, place(node.getStartMark()), YamlNode.Tag.NONE);
    }

    private YamlMap map(MappingNode node, String path) {
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Place keyPlace = place(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.error(keyPlace, path, "A key must be a plain word, not a list or a mapping.");
                continue;
            }
            String key = keyNode.getValue();
            String keyPath = KeyPaths.child(path, key);
            YamlMap.Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.error(keyPlace, keyPath, key + " is written twice in this mapping (first on line "
                        + earlier.keyPlace().line() + "); keep one.");
                continue;
            }
            entries.put(key, new YamlMap.Entry(key, keyPlace, convert(tuple.getValueNode(), keyPath)));
        }
        return new YamlMap(entries, place(node.getStartMark()), YamlNode.Tag.NONE);
    }

    private YamlNode.Tag composeTag(Tag tag) {
        return switch (tag.getValue()) {
            case "!reset" -> YamlNode.Tag.RESET;
            case "!override" -> YamlNode.Tag.OVERRIDE;
            default -> YamlNode.Tag.NONE;
        };
    }

    private Place place(Optional<Mark> mark) {
        return mark.map(at -> new Place(file, baseDir, at.getLine() + 1, at.getColumn() + 1))
                .orElseGet(() -> Place.ofFile(file, baseDir));
    }

    private static String sentence(String problem) {
        String text = problem == null ? "unreadable" : problem.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
