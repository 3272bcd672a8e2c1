package org.golivesim.scenario;

import java.util.List;

/**
 * Bad scenario input: every problem found in the files and overrides, reported together. Each problem names the
 * file, the line where known, the key, the value and what is allowed.
 */
public final class ScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** One problem in a scenario file or override. */
    public record Problem(String file, int line, String key, String message) {
        @Override
        public String toString() {
            String where = file + (line > 0 ? ":" + line : "");
            return where + ": " + (key.isEmpty() ? "" : key + ": ") + message;
        }
    }

    /** Most problems listed in the message; the rest are counted. */
    private static final int MAX_SHOWN = 50;

    private final List<Problem> problems;

    /** @param problems at least one problem */
    public ScenarioException(List<Problem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" in scenario input:");
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == MAX_SHOWN) {
                sb.append("\n  ... and ").append(problems.size() - MAX_SHOWN).append(" more");
                break;
            }
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
