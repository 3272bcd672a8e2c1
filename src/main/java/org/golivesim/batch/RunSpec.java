package org.golivesim.batch;

import java.io.Serializable;
import org.golivesim.scenario.Scenario;

/**
 * Everything one run needs, and nothing else: a serializable value, so any runner (the local pool, a cluster) can
 * execute it.
 *
 * @param runId position in the plan, from 0
 * @param pointId scenario point, from 0
 * @param arm name of the experiment arm the run belongs to
 * @param replication replication number within the point, from 0
 * @param seed run seed (shared by every arm of a replication: common random numbers)
 * @param scenario fully resolved parameters of this run
 */
public record RunSpec(int runId, int pointId, String arm, int replication, long seed, Scenario scenario)
        implements Serializable {}
