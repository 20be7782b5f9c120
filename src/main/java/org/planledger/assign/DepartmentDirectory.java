package org.planledger.assign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.planledger.model.Department;

/**
 * Finds a department by the name people write: its full name, its short name, an alias, with
 * or without the 区/市/天桥区/济南市 prefix (区住建局, 住建局, 区住房和城乡建设局 are one department).
 */
public final class DepartmentDirectory {

    private static final Pattern PREFIX = Pattern.compile("^(济南市天桥区|济南市|天桥区|市|区)");
    private static final Pattern NOISE = Pattern.compile("[\\s（）()【】\\[\\]：:]");

    private final Map<String, Department> byKey = new HashMap<>();
    private final List<Department> all;

    public DepartmentDirectory(Collection<Department> departments) {
        this.all = List.copyOf(departments);
        // active departments first, so a retired one never hides its successor's name
        List<Department> ordered = new ArrayList<>(all);
        ordered.sort((a, b) -> Boolean.compare(a.retired(), b.retired()));
        for (Department d : ordered) {
            List<String> names = new ArrayList<>(List.of(d.name(), d.shortName()));
            names.addAll(d.aliases());
            for (String n : names) {
                byKey.putIfAbsent(key(n), d);
                byKey.putIfAbsent(key(strip(n)), d);
            }
        }
    }

    public Optional<Department> find(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        Department d = byKey.get(key(written));
        if (d == null) {
            d = byKey.get(key(strip(written)));
        }
        return Optional.ofNullable(d).map(this::survivor);
    }

    /** The department to use now: a merged one's survivor. */
    private Department survivor(Department d) {
        Department current = d;
        for (int hops = 0; current.mergedInto() != null && hops < all.size(); hops++) {
            long target = current.mergedInto();
            current = all.stream().filter(x -> x.id() == target).findFirst().orElse(current);
        }
        return current;
    }

    private static String strip(String name) {
        String s = NOISE.matcher(name).replaceAll("");
        String stripped = PREFIX.matcher(s).replaceFirst("");
        return stripped.isEmpty() ? s : stripped;
    }

    private static String key(String name) {
        return NOISE.matcher(name).replaceAll("");
    }
}
