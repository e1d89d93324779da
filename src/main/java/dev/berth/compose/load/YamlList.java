package dev.berth.compose.load;

import java.util.List;

/** A YAML sequence. */
record YamlList(List<YamlNode> items, Place place, Tag tag) implements YamlNode {

    YamlList {
        items = List.copyOf(items);
    }

    YamlList withItems(List<YamlNode> newItems) {
        return new YamlList(newItems, place, tag);
    }

    @Override
    public YamlList withTag(Tag newTag) {
        return new YamlList(items, place, newTag);
    }

    @Override
    public String kindName() {
        return "a list";
    }
}
