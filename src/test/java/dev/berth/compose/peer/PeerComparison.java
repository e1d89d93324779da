package dev.berth.compose.peer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Field-by-field comparison of two projects' facts, matched by their mapped names. */
final class PeerComparison {
    static final String NONE = "<none>";

    private PeerComparison() {
    }

    static List<Difference> compare(String sample, ProjectSnapshot v1, ProjectSnapshot berth) {
        Map<String, ObjectFacts> expected = byLabel(v1.objects());
        Map<String, ObjectFacts> actual = byLabel(berth.objects());
        Set<String> all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String object : all) {
            ObjectFacts mine = expected.get(object);
            ObjectFacts theirs = actual.get(object);
            if (mine == null || theirs == null) {
                differences.add(new Difference(sample, object, "exists", mine == null ? NONE : "yes",
                        theirs == null ? NONE : "yes"));
                continue;
            }
            Set<String> fields = new TreeSet<>(mine.fields().keySet());
            fields.addAll(theirs.fields().keySet());
            for (String field : fields) {
                Object one = mine.fields().get(field);
                Object other = theirs.fields().get(field);
                if (!Objects.equals(one, other)) {
                    differences.add(new Difference(sample, object, field, one, other));
                }
            }
        }
        return differences;
    }

    private static Map<String, ObjectFacts> byLabel(List<ObjectFacts> objects) {
        Map<String, ObjectFacts> map = new LinkedHashMap<>();
        objects.forEach(object -> map.put(object.label(), object));
        return map;
    }
}
