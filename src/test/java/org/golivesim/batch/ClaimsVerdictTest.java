package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claims suite's verdict rule on paired differences (arm minus reference) as written in comparison.csv. */
class ClaimsVerdictTest {
    private static Map<String, String> diff(String mean, String low, String high) {
        return Map.of("mean_difference", mean, "ci_low", low, "ci_high", high);
    }

    @Test
    void anIntervalExcludingZeroInTheExpectedDirectionHolds() {
        assertEquals("holds", Claims.verdict(true, diff("1.5", "0.2", "2.8")));
        assertEquals("holds", Claims.verdict(false, diff("-1.5", "-2.8", "-0.2")));
    }

    @Test
    void theRightDirectionWithAnIntervalIncludingZeroIsTooWeak() {
        assertEquals("too weak", Claims.verdict(true, diff("0.5", "-0.1", "1.1")));
        assertEquals("too weak", Claims.verdict(false, diff("-0.5", "-1.1", "0.1")));
        assertEquals("too weak", Claims.verdict(true, diff("0.5", "0", "1.0")), "an interval touching zero");
    }

    @Test
    void aMeanPointingTheOtherWayIsTheWrongSignWhateverItsInterval() {
        assertEquals("wrong sign", Claims.verdict(true, diff("-1.5", "-2.8", "-0.2")));
        assertEquals("wrong sign", Claims.verdict(false, diff("0.3", "-0.1", "0.7")));
    }

    @Test
    void identicalArmsInEveryPairHaveNoMechanism() {
        assertEquals("no mechanism", Claims.verdict(true, diff("0", "0", "0")));
        assertEquals("no mechanism", Claims.verdict(false, diff("0", "0", "0")));
    }

    @Test
    void aZeroMeanWithSpreadIsTooWeakNotTheWrongSign() {
        assertEquals("too weak", Claims.verdict(true, diff("0", "-0.4", "0.4")));
    }
}
