package org.golivesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns funding given as money into the natural units the model uses, with the scenario's unit costs: a help-desk
 * budget buys analysts at the desk's FTE price (vendor price times the SLA multiplier when technical support is
 * outsourced), a tier-2 budget buys application analysts, a team budget buys members, and a training budget buys
 * hours for every role in the ratio of the scenario's training hours. Whole FTEs and members are rounded down: a
 * budget buys no fraction of a person.
 */
public final class BudgetResolver {
    private BudgetResolver() {}

    /** Values derived from budgets, to lay over the explicit values, and what they mean in words. */
    public record Result(Map<String, ScenarioSchema.Located> derived, List<String> notes) {}

    /** The yearly price of one help-desk FTE under this scenario's sourcing and SLA tier. */
    public static double deskAnalystPrice(Scenario s) {
        if (!s.sourcing().technicalSupport().outsourced()) {
            return s.costs().inHouseDeskAnalystUsdPerYear();
        }
        return s.costs().vendorDeskAnalystUsdPerYear() * slaCostMultiplier(s);
    }

    /** Vendor price multiplier of the scenario's SLA tier. */
    public static double slaCostMultiplier(Scenario s) {
        return switch (s.vendor().slaTier()) {
            case BRONZE -> s.costs().vendorSlaCostMultiplierBronze();
            case SILVER -> 1.0;
            case GOLD -> s.costs().vendorSlaCostMultiplierGold();
        };
    }

    /** Cost of the scenario's pre-go-live training: clinicians' time plus trainers, in USD. */
    public static double trainingCost(Scenario s) {
        Scenario.Costs c = s.costs();
        Scenario.Hospital h = s.hospital();
        Scenario.Training t = s.training();
        return h.physicians() * t.physicianHours() * (c.physicianHourUsd() + c.trainerUsdPerTraineeHour())
                + h.nurses() * t.nurseHours() * (c.nurseHourUsd() + c.trainerUsdPerTraineeHour())
                + h.allied() * t.alliedHours() * (c.alliedHourUsd() + c.trainerUsdPerTraineeHour());
    }

    static Result resolve(
            Scenario s, Map<String, ScenarioSchema.Located> explicit, List<ScenarioException.Problem> problems) {
        Map<String, ScenarioSchema.Located> derived = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Scenario.Budget b = s.budget();
        if (b.helpDeskUsdPerYear() != null) {
            buy(
                    explicit,
                    derived,
                    notes,
                    problems,
                    "budget.helpDeskUsdPerYear",
                    b.helpDeskUsdPerYear(),
                    "support.helpDeskAnalysts",
                    deskAnalystPrice(s),
                    "help-desk analysts");
        }
        if (b.tier2UsdPerYear() != null) {
            buy(
                    explicit,
                    derived,
                    notes,
                    problems,
                    "budget.tier2UsdPerYear",
                    b.tier2UsdPerYear(),
                    "support.tier2Analysts",
                    s.costs().tier2AnalystUsdPerYear(),
                    "tier-2 analysts");
        }
        if (b.itOperationsUsdPerYear() != null) {
            buy(
                    explicit,
                    derived,
                    notes,
                    problems,
                    "budget.itOperationsUsdPerYear",
                    b.itOperationsUsdPerYear(),
                    "support.itOperationsAnalysts",
                    s.costs().itOperationsAnalystUsdPerYear(),
                    "IT operations analysts");
        }
        if (b.dedicatedTeamUsdPerYear() != null) {
            buy(
                    explicit,
                    derived,
                    notes,
                    problems,
                    "budget.dedicatedTeamUsdPerYear",
                    b.dedicatedTeamUsdPerYear(),
                    "dedicatedTeam.size",
                    s.costs().dedicatedTeamMemberUsdPerYear(),
                    "team members");
        }
        if (b.trainingUsd() != null) {
            for (String key : List.of("training.physicianHours", "training.nurseHours", "training.alliedHours")) {
                conflict(explicit, problems, "budget.trainingUsd", key);
            }
            double current = trainingCost(s);
            if (current <= 0) {
                problems.add(problem(
                        explicit,
                        "budget.trainingUsd",
                        "a training budget needs non-zero training hours to set the ratio between roles"));
            } else {
                double k = b.trainingUsd() / current;
                Scenario.Training t = s.training();
                put(derived, explicit, "budget.trainingUsd", "training.physicianHours", t.physicianHours() * k);
                put(derived, explicit, "budget.trainingUsd", "training.nurseHours", t.nurseHours() * k);
                put(derived, explicit, "budget.trainingUsd", "training.alliedHours", t.alliedHours() * k);
                notes.add(String.format(
                        Locale.ROOT,
                        "budget.trainingUsd %.0f buys %.2f / %.2f / %.2f training hours per physician / nurse /"
                                + " allied clinician",
                        b.trainingUsd(),
                        t.physicianHours() * k,
                        t.nurseHours() * k,
                        t.alliedHours() * k));
            }
        }
        return new Result(derived, notes);
    }

    private static void buy(
            Map<String, ScenarioSchema.Located> explicit,
            Map<String, ScenarioSchema.Located> derived,
            List<String> notes,
            List<ScenarioException.Problem> problems,
            String budgetKey,
            double budget,
            String unitKey,
            double price,
            String what) {
        if (conflict(explicit, problems, budgetKey, unitKey)) {
            return;
        }
        if (price <= 0) {
            problems.add(problem(explicit, budgetKey, "the unit price of " + what + " is 0; set a positive cost"));
            return;
        }
        long units = (long) Math.floor(budget / price + 1e-9);
        derived.put(unitKey, new ScenarioSchema.Located(Long.toString(units), source(explicit, budgetKey), 0));
        notes.add(String.format(
                Locale.ROOT,
                "%s %.0f buys %d %s at %.0f USD per year each (%s = %d)",
                budgetKey,
                budget,
                units,
                what,
                price,
                unitKey,
                units));
    }

    private static void put(
            Map<String, ScenarioSchema.Located> derived,
            Map<String, ScenarioSchema.Located> explicit,
            String budgetKey,
            String key,
            double value) {
        derived.put(
                key,
                new ScenarioSchema.Located(String.format(Locale.ROOT, "%.6f", value), source(explicit, budgetKey), 0));
    }

    /** Which natural-unit keys each budget key funds. */
    private static final Map<String, List<String>> FUNDS = Map.of(
            "budget.helpDeskUsdPerYear", List.of("support.helpDeskAnalysts"),
            "budget.tier2UsdPerYear", List.of("support.tier2Analysts"),
            "budget.itOperationsUsdPerYear", List.of("support.itOperationsAnalysts"),
            "budget.dedicatedTeamUsdPerYear", List.of("dedicatedTeam.size"),
            "budget.trainingUsd", List.of("training.physicianHours", "training.nurseHours", "training.alliedHours"));

    /**
     * The natural-unit keys a budget key buys ({@code budget.helpDeskUsdPerYear} buys {@code support.helpDeskAnalysts}).
     *
     * @return the keys, or an empty list when {@code budgetKey} is no budget
     */
    public static List<String> funds(String budgetKey) {
        return FUNDS.getOrDefault(budgetKey, List.of());
    }

    /**
     * Reports levers given both as a budget and in natural units, from the explicit values alone (used when the
     * scenario cannot be built, so these problems are reported together with the others).
     */
    static void conflicts(Map<String, ScenarioSchema.Located> explicit, List<ScenarioException.Problem> problems) {
        for (String budgetKey : new java.util.TreeSet<>(FUNDS.keySet())) {
            ScenarioSchema.Located b = explicit.get(budgetKey);
            if (b != null && !b.text().isBlank()) {
                for (String unitKey : FUNDS.get(budgetKey)) {
                    conflict(explicit, problems, budgetKey, unitKey);
                }
            }
        }
    }

    private static boolean conflict(
            Map<String, ScenarioSchema.Located> explicit,
            List<ScenarioException.Problem> problems,
            String budgetKey,
            String unitKey) {
        ScenarioSchema.Located unit = explicit.get(unitKey);
        if (unit == null) {
            return false;
        }
        problems.add(new ScenarioException.Problem(
                unit.file(),
                unit.line(),
                unitKey,
                "set together with " + budgetKey
                        + "; give the lever either in natural units or as a budget, not both"));
        return true;
    }

    private static String source(Map<String, ScenarioSchema.Located> explicit, String key) {
        ScenarioSchema.Located l = explicit.get(key);
        return l == null ? "(budget)" : l.file();
    }

    private static ScenarioException.Problem problem(
            Map<String, ScenarioSchema.Located> explicit, String key, String message) {
        ScenarioSchema.Located l = explicit.get(key);
        return new ScenarioException.Problem(l == null ? "(budget)" : l.file(), l == null ? 0 : l.line(), key, message);
    }
}
