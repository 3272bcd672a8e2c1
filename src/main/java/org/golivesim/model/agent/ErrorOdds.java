package org.golivesim.model.agent;

import org.golivesim.scenario.Scenario;

/**
 * The error and harm models of {@link Clinician#errorProbability} and {@link Clinician#harmProbability} with their
 * scenario constants (base log-odds, odds-ratio logarithms, the paper-procedure error probability) computed once per
 * run instead of once per clinician and shift: the same arithmetic in the same order, so the same doubles.
 */
final class ErrorOdds {
    private final Scenario.Errors e;
    private final double errorBase;
    private final double workaround;
    private final double paperError;
    private final double harmBase;
    private final double harmWorkaround;
    private final double harmPaper;

    ErrorOdds(Scenario.Errors e) {
        this.e = e;
        this.errorBase = Math.log(e.baseErrorProbability() / (1 - e.baseErrorProbability()));
        this.workaround = Math.log(e.workaroundOddsRatio());
        this.harmBase = Math.log(e.harmShareOfErrors() / (1 - e.harmShareOfErrors()));
        this.harmWorkaround = Math.log(e.harmWorkaroundOddsRatio());
        this.harmPaper = Math.log(e.harmPaperOddsRatio());
        this.paperError = error(1.0, 0, 0, false, true);
    }

    /** {@link Clinician#errorProbability} of this scenario. */
    double error(double p, double activeDefectShare, double misfit, boolean underWorkaround, boolean paper) {
        double logit = errorBase;
        if (paper) {
            logit += e.downtimeLogOdds();
        } else {
            logit += e.lowProficiencyLogOdds() * (1 - p)
                    + e.activeDefectLogOdds() * activeDefectShare
                    + e.misfitLogOdds() * misfit;
            if (underWorkaround) {
                logit += workaround;
            }
        }
        return 1.0 / (1.0 + Math.exp(-logit));
    }

    /** The error probability of a task done on paper downtime procedures. */
    double paperError() {
        return paperError;
    }

    /** {@code errors.delayHarmPerDowntimeTask}: harm probability of a task delayed by downtime. */
    double delayHarmPerDowntimeTask() {
        return e.delayHarmPerDowntimeTask();
    }

    /** {@link Clinician#harmProbability} of this scenario. */
    double harm(double p, boolean underWorkaround, boolean paper) {
        double logit = harmBase + e.harmLowProficiencyLogOdds() * (1 - p);
        if (paper) {
            logit += harmPaper;
        } else if (underWorkaround) {
            logit += harmWorkaround;
        }
        return 1.0 / (1.0 + Math.exp(-logit));
    }
}
