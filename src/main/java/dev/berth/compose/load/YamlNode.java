package dev.berth.compose.load;

/**
 * A node of a compose file after YAML parsing: aliases expanded, merge keys ({@code <<}) applied, and each node's
 * place kept for error messages. Nodes are immutable; interpolation and merging build new ones.
 */
sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    Place place();

    /** The compose tag written on the node, which steers how files merge. */
    Tag tag();

    /** A copy carrying another tag. */
    YamlNode withTag(Tag tag);

    /** What the compose spec's type names call this kind of node, for "must be a …" sentences. */
    String kindName();

    /** The compose-specific YAML tags. */
    enum Tag {
        NONE,
        /** {@code !reset}: removes the value the earlier files set. */
        RESET,
        /** {@code !override}: replaces the earlier files' value instead of merging with it. */
        OVERRIDE
    }
}
