package dev.berth.compose.load;

/**
 * A scalar with its text and the type the YAML core schema resolved for it.
 *
 * @param text the scalar as written (after interpolation for strings); "" for null
 */
record YamlScalar(String text, Type type, Place place, Tag tag) implements YamlNode {

    /** The core schema's scalar types. */
    enum Type { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    static YamlScalar string(String text, Place place) {
        return new YamlScalar(text, Type.STRING, place, Tag.NONE);
    }

    boolean isNull() {
        return type == Type.NULL;
    }

    YamlScalar withText(String newText) {
        return new YamlScalar(newText, type, place, tag);
    }

    @Override
    public YamlScalar withTag(Tag newTag) {
        return new YamlScalar(text, type, place, newTag);
    }

    @Override
    public String kindName() {
        return switch (type) {
            case STRING -> "a string";
            case INTEGER -> "a number";
            case FLOAT -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "empty";
        };
    }
}
