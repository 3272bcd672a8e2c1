package org.golivesim.model.domain;

import org.golivesim.scenario.Scenario;

/**
 * A staff member's e-mail account as phishing sees it: how likely its holder is to click, what a simulated campaign
 * teaches them, and whether the account is compromised or already remediated. Threats act on clinicians only through
 * this.
 */
public interface PhishingTarget {
    /** Probability that the holder clicks a phishing e-mail now. */
    double clickProbability(Scenario.Security security, Scenario.Training training);

    /** A simulated-phishing e-mail arrived and the holder clicked or not; returns {@code clicked}. */
    boolean simulatedPhish(boolean clicked, boolean remedialProgramme);

    /** Whether an attacker holds the account's credentials now. */
    boolean compromised();

    /** Marks the account compromised (or not). */
    void setCompromised(boolean value);

    /** Whether the account was compromised, detected and remediated; it is not compromised again in the run. */
    boolean remediated();

    /** Detection: the compromise ends and the account is remediated. */
    void remediate();
}
