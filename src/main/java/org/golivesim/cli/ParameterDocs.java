package org.golivesim.cli;

import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.ScenarioSchema;

/** Generates {@code docs/PARAMETERS.md} from the parameter declarations ({@code golive params --markdown}). */
public final class ParameterDocs {
    private ParameterDocs() {}

    /** The whole document. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Parameters\n\n");
        sb.append("Generated from the `@Param` declarations in `src/main/java/org/golivesim/scenario/Scenario.java` by"
                + " `./golive params --markdown > docs/PARAMETERS.md`; `ParameterDocsTest` fails when this file is"
                + " stale. A source of *assumption* marks a free parameter: no published figure fixes it, so its"
                + " influence is shown by sensitivity analysis rather than hidden. Citations are detailed in"
                + " the shared research notes beside the repository (`shared/research/domain-facts.md`). *Lever* marks a"
                + " decision leadership makes (the controls of `golive serve`'s what-if page).\n");
        String group = "";
        for (ParamInfo p : ScenarioSchema.params()) {
            String g = p.group();
            if (!g.equals(group)) {
                group = g;
                sb.append("\n## `").append(g).append("`\n\n");
                sb.append("| key | unit | default | allowed | meaning | source |\n");
                sb.append("|---|---|---|---|---|---|\n");
            }
            sb.append("| `")
                    .append(p.key())
                    .append("` | ")
                    .append(cell(p.unit()))
                    .append(" | ")
                    .append(p.defaultText().isEmpty() ? "(unset)" : "`" + p.defaultText() + "`")
                    .append(" | ")
                    .append(cell(p.allowedText()))
                    .append(" | ")
                    .append(p.lever() ? "*Lever:* " : "")
                    .append(cell(p.doc()))
                    .append(" | ")
                    .append(cell(p.source()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
