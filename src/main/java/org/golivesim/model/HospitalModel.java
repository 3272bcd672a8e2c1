package org.golivesim.model;

import org.golivesim.model.agent.DedicatedTeam;
import org.golivesim.model.agent.SupportDesk;
import org.golivesim.model.agent.TicketBook;
import org.golivesim.model.agent.Workforce;
import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Orderings;
import org.golivesim.model.domain.ShiftSlot;
import org.golivesim.model.process.CostAccounting;
import org.golivesim.model.process.DefectsAndReleases;
import org.golivesim.model.process.Infrastructure;
import org.golivesim.model.process.ItOperations;
import org.golivesim.model.process.Threats;
import org.golivesim.model.process.Vulnerabilities;
import org.golivesim.model.process.WorkflowFit;
import org.golivesim.observe.DailyRecorder;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.RunLog;
import org.golivesim.observe.RunResult;
import org.golivesim.observe.StateProbe;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import sim.engine.SimState;

/**
 * The hospital after go-live, as a MASON model. It only wires: {@link #start()} builds the agents and processes with
 * their collaborators and streams and puts them on the schedule at their named orderings; behaviour lives in the
 * classes it wires. The scheduler's own generator (for MASON's shuffles) is seeded from the "scheduler" stream and
 * never used by the model.
 */
public final class HospitalModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final transient Streams streams;
    private final transient DayLedger ledger = new DayLedger();
    private final transient RunLog log = new RunLog();
    private transient DailyRecorder recorder;
    private transient TicketBook book;
    private transient Workforce workforce;

    /**
     * @param scenario resolved parameters
     * @param runSeed this run's seed
     */
    public HospitalModel(Scenario scenario, long runSeed) {
        super(Streams.streamSeed(runSeed, "scheduler"));
        this.scenario = scenario;
        this.streams = new Streams(runSeed);
    }

    /** Schedule hour at which the run ends (the last day's record). */
    public double endHour() {
        return (scenario.preGoLiveDays() + scenario.horizonDays()) * Calendar.DAY;
    }

    @Override
    public void start() {
        super.start();
        Scenario s = scenario;
        Calendar calendar = new Calendar(s.preGoLiveDays());
        double goLive = calendar.goLiveHour();
        WorkflowFit fit = WorkflowFit.forHospital(s);
        DefectsAndReleases defects = new DefectsAndReleases(s, streams.stream("defects"));
        Vulnerabilities vulnerabilities = new Vulnerabilities(
                s, calendar, ledger, streams.stream("vulnerabilities"), streams.stream("vulnerabilities.defects"));
        vulnerabilities.watchDefects(() -> defects.discovered() + defects.regressions());
        ItOperations operations = new ItOperations(s, schedule);
        Infrastructure infrastructure = new Infrastructure(
                s,
                calendar,
                schedule,
                ledger,
                log,
                streams.stream("outages"),
                vulnerabilities::open,
                operations,
                streams.stream("changes"));
        book = new TicketBook(ledger, goLive);
        workforce = new Workforce(s, calendar, ledger, streams, defects, fit, infrastructure);
        SupportDesk desk = new SupportDesk(s, schedule, book, ledger, streams, defects, fit);
        workforce.connect(desk);
        infrastructure.onIncident((now, full, report) -> desk.incidentCalls(now, full, workforce.onDuty(), report));
        infrastructure.onDefectIncident(
                (now, work, restored) -> desk.defectIncident(now, work, workforce.onDuty(), restored));
        Threats threats = new Threats(
                s,
                schedule,
                ledger,
                log,
                workforce.all(),
                infrastructure,
                streams.stream("phishing"),
                streams.stream("intrusions"),
                streams.stream("breaches"));
        vulnerabilities.onExploit(threats::exploit);
        vulnerabilities.onExploitHazard(threats::expectExploits);
        threats.observeUntil(endHour());
        DedicatedTeam team = new DedicatedTeam(s, workforce, fit, streams.stream("team.sessions"));
        CostAccounting costs = new CostAccounting(s, desk, ledger);
        recorder = new DailyRecorder(
                ledger, probe(defects, vulnerabilities, threats, desk, operations), log, -s.preGoLiveDays());

        schedule.scheduleRepeating(0.0, Orderings.ENVIRONMENT, st -> infrastructure.hour(now()), 1.0);
        schedule.scheduleRepeating(0.0, Orderings.SUPPORT, st -> desk.hour(now()), 1.0);
        schedule.scheduleRepeating(
                ShiftSlot.DAY.startHour(), Orderings.CLINICIANS, st -> workforce.shiftChange(now()), ShiftSlot.HOURS);
        schedule.scheduleRepeating(
                Calendar.DAY / 2, // noon
                Orderings.ENVIRONMENT,
                st -> {
                    vulnerabilities.day(now());
                    threats.day(now());
                },
                Calendar.DAY);
        schedule.scheduleRepeating(Calendar.WEEK, Orderings.MANAGEMENT, st -> desk.week(now()), Calendar.WEEK);
        schedule.scheduleRepeating(goLive + Calendar.WEEK, Orderings.MANAGEMENT, st -> team.week(), Calendar.WEEK);
        schedule.scheduleRepeating(
                goLive + Calendar.WEEK, Orderings.MANAGEMENT, st -> operations.week(), Calendar.WEEK);
        int refresherWeeks = s.training().refresherIntervalWeeks();
        if (refresherWeeks > 0) {
            schedule.scheduleRepeating(
                    goLive + refresherWeeks * Calendar.WEEK,
                    Orderings.MANAGEMENT,
                    st -> {
                        workforce.refresherForAll(s.training().refresherHours());
                        costs.refresherForAll(s.training().refresherHours());
                    },
                    refresherWeeks * Calendar.WEEK);
        }
        double cadence = defects.releaseCadenceDays() * Calendar.DAY;
        schedule.scheduleRepeating(
                goLive + cadence + s.system().releaseHourOfDay(),
                Orderings.ENVIRONMENT,
                st -> {
                    double now = now();
                    infrastructure.planned(now, s.system().releaseDowntimeHours());
                    infrastructure.release(now);
                    defects.release(t -> desk.fixShipped(t, now));
                },
                cadence);
        if (s.system().maintenanceWindowsPerMonth() > 0) {
            // the first Sunday at 01:00, then evenly through the month
            schedule.scheduleRepeating(
                    6 * Calendar.DAY + 1.0,
                    Orderings.ENVIRONMENT,
                    st -> infrastructure.planned(now(), s.system().maintenanceWindowHours()),
                    Calendar.MONTH / s.system().maintenanceWindowsPerMonth());
        }
        int simulations = s.training().phishingSimulationsPerYear();
        if (simulations > 0) {
            schedule.scheduleRepeating(
                    goLive + s.training().phishingSimulationHourOfDay(),
                    Orderings.ENVIRONMENT,
                    st -> threats.simulatedCampaign(now()),
                    Calendar.YEAR / simulations);
        }
        if (s.security().phishingCampaignsPerYear() > 0) {
            scheduleRealCampaign(threats, streams.stream("phishing.arrivals"));
        }
        schedule.scheduleRepeating(goLive + Calendar.DAY, Orderings.ACCOUNTING, st -> costs.endOfDay(), Calendar.DAY);
        schedule.scheduleOnce(goLive, Orderings.ACCOUNTING, st -> costs.startContracts());
        schedule.scheduleRepeating(
                goLive + Calendar.MONTH, Orderings.ACCOUNTING, st -> costs.endOfMonth(), Calendar.MONTH);
        schedule.scheduleRepeating(
                Calendar.DAY,
                Orderings.OBSERVATION,
                st -> {
                    infrastructure.accrueTo(now());
                    recorder.endOfDay();
                },
                Calendar.DAY);
    }

    private void scheduleRealCampaign(Threats threats, org.golivesim.random.Stream arrivals) {
        double gap = arrivals.exponential(Calendar.YEAR / scenario.security().phishingCampaignsPerYear());
        // before the first step the schedule's time is BEFORE_SIMULATION; campaigns start from hour 0
        double from = Math.max(sim.engine.Schedule.EPOCH, schedule.getTime());
        schedule.scheduleOnce(from + gap, Orderings.ENVIRONMENT, st -> {
            threats.realCampaign(now());
            scheduleRealCampaign(threats, arrivals);
        });
    }

    private double now() {
        return schedule.getTime();
    }

    private StateProbe probe(
            DefectsAndReleases defects,
            Vulnerabilities vulnerabilities,
            Threats threats,
            SupportDesk desk,
            ItOperations operations) {
        return new StateProbe() {
            @Override
            public int backlog() {
                return book.backlog();
            }

            @Override
            public int staffVacancies() {
                return desk.vacancies();
            }

            @Override
            public double proficiencyMean() {
                return workforce.proficiencyMean();
            }

            @Override
            public double proficiencySd() {
                return workforce.proficiencySd();
            }

            @Override
            public double satisfactionMean() {
                return workforce.satisfactionMean();
            }

            @Override
            public double netPromoterScore() {
                return workforce.netPromoterScore();
            }

            @Override
            public int activeDefects() {
                return defects.activeDefects();
            }

            @Override
            public int openVulnerabilities() {
                return vulnerabilities.open();
            }

            @Override
            public int openCompromises() {
                return threats.openCompromises();
            }

            @Override
            public double deferredMaintenanceWeeks() {
                return operations.deferredWeeks();
            }
        };
    }

    /** The finished run's results (call after the schedule has reached {@link #endHour()}). */
    public RunResult result() {
        return recorder.result(new DailyRecorder.WeekOneTickets(book.weekOneOpened(), book.weekOneResolvedByDay5()));
    }
}
