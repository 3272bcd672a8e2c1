package org.golivesim.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.golivesim.scenario.ScenarioException;
import org.golivesim.scenario.ScenarioLoader;

/**
 * The scenario files a what-if may be compared with: the single scenarios (no {@code sweep:} or {@code compare:}
 * section) directly in the scenarios directory, chosen by name only, so a request cannot name another path.
 */
final class References {
    /** The reference proposed first. */
    static final String DEFAULT = "baseline";

    /** One reference scenario. */
    record Entry(String name, Path file, ScenarioLoader.Loaded loaded) {}

    private final Path dir;

    References(Path dir) {
        this.dir = dir;
    }

    /** Every usable reference, by file name; files that do not load or hold a sweep are left out. */
    List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList()) {
                Entry e = load(f);
                if (e != null) {
                    out.add(e);
                }
            }
        } catch (IOException e) {
            throw new HttpError(500, "cannot list the scenarios directory " + dir + ": " + e.getMessage());
        }
        out.sort((a, b) -> a.name().equals(DEFAULT)
                ? -1
                : b.name().equals(DEFAULT) ? 1 : a.name().compareTo(b.name()));
        return out;
    }

    /**
     * The reference of this name.
     *
     * @throws HttpError (400) naming the references on offer
     */
    Entry find(String name) {
        List<Entry> all = list();
        for (Entry e : all) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw HttpError.badInput(
                "reference",
                name,
                "no single scenario of that name in " + dir,
                String.join(", ", all.stream().map(Entry::name).toList()));
    }

    private static Entry load(Path f) {
        String file = f.getFileName().toString();
        try {
            ScenarioLoader.Loaded l = ScenarioLoader.load(f, List.of());
            if (l.sweep() != null || l.declaresArms()) {
                return null;
            }
            return new Entry(file.substring(0, file.length() - ".yaml".length()), f, l);
        } catch (ScenarioException e) {
            return null;
        }
    }
}
