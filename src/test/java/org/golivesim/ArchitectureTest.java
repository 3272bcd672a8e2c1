package org.golivesim;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline the packages form, enforced on the compiled main classes: configuration and randomness at the bottom,
 * the model above them writing only to the observation contract, the engine running one replication, batches and
 * statistics above the engine, the results contract above those and the report above it, and the command line and the web server ({@code golive serve}) on top. A dependency that
 * points the other way, or a cycle between packages, fails the build with the offending classes named.
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.golivesim");
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        ArchRule rule = slices().matching("org.golivesim.(*)..").should().beFreeOfCycles();
        rule.check(main);
    }

    /**
     * Within the model, agents (clinicians, the support desk, the dedicated team) work in the hospital's processes (the
     * system's defects and workflow fit, the infrastructure); processes act back on agents only through the narrow
     * roles in {@code model.domain} ({@code PhishingTarget}, {@code SupportBilling}), so no two model sub-packages
     * import each other.
     */
    @Test
    void modelSubPackagesFormNoCycle() {
        ArchRule rule = slices().matching("org.golivesim.model.(*)..").should().beFreeOfCycles();
        rule.check(main);
    }

    /**
     * Every package on its own, a parent included: {@code model} (the wiring in {@code HospitalModel}) uses its
     * sub-packages, which never reach back into it (the calendar and schedule orderings live in
     * {@code model.domain}).
     */
    @Test
    void noPackageCycleAnywhere() {
        ArchRule rule = slices().matching("org.golivesim.(**)").should().beFreeOfCycles();
        rule.check(main);
    }

    @Test
    void processesReachAgentsOnlyThroughDomainRoles() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that()
                .resideInAnyPackage("org.golivesim.model.process..", "org.golivesim.model.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.golivesim.model.agent..")
                .because("processes act on agents through the roles in model.domain (PhishingTarget, SupportBilling)");
        rule.check(main);
    }

    @Test
    void dependenciesFollowThePipeline() {
        ArchRule rule = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Random")
                .definedBy("org.golivesim.random..")
                .layer("Statistics")
                .definedBy("org.golivesim.stats..")
                .layer("Scenario")
                .definedBy("org.golivesim.scenario..")
                .layer("Observation")
                .definedBy("org.golivesim.observe..")
                .layer("Model")
                .definedBy("org.golivesim.model..")
                .layer("Engine")
                .definedBy("org.golivesim.engine..")
                .layer("Results")
                .definedBy("org.golivesim.results..")
                .layer("Batch")
                .definedBy("org.golivesim.batch..")
                .layer("Calibration")
                .definedBy("org.golivesim.calibrate..")
                .layer("Report")
                .definedBy("org.golivesim.report..")
                .layer("CommandLine")
                .definedBy("org.golivesim.cli..")
                .layer("Server")
                .definedBy("org.golivesim.serve..")
                .whereLayer("CommandLine")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Server")
                .mayOnlyBeAccessedByLayers("CommandLine")
                .whereLayer("Report")
                .mayOnlyBeAccessedByLayers("CommandLine", "Server")
                .whereLayer("Calibration")
                .mayOnlyBeAccessedByLayers("CommandLine")
                .whereLayer("Batch")
                .mayOnlyBeAccessedByLayers("Calibration", "CommandLine", "Server")
                .whereLayer("Results")
                .mayOnlyBeAccessedByLayers("Batch", "Calibration", "Report", "CommandLine", "Server")
                .whereLayer("Engine")
                .mayOnlyBeAccessedByLayers("Batch", "Calibration", "CommandLine", "Server")
                .whereLayer("Model")
                .mayOnlyBeAccessedByLayers("Engine")
                .whereLayer("Observation")
                .mayOnlyBeAccessedByLayers(
                        "Model", "Engine", "Results", "Batch", "Calibration", "Report", "CommandLine", "Server")
                .whereLayer("Statistics")
                .mayOnlyBeAccessedByLayers("Results", "Batch", "Calibration", "Report", "CommandLine", "Server");
        rule.check(main);
    }

    @Test
    void theModelNeverReachesFilesOrTheConsole() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that()
                .resideInAnyPackage("org.golivesim.model..", "org.golivesim.engine..", "org.golivesim.observe..")
                .should()
                .accessClassesThat()
                .resideInAnyPackage("java.io..", "java.nio.file..")
                .orShould()
                .callMethod(System.class, "exit", int.class)
                .because("file I/O and System.exit live only at the boundaries (STYLE.md rule 10)");
        rule.check(main);
    }

    @Test
    void resultsFilesAreParsedOnlyByTheResultsContract() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that()
                .resideOutsideOfPackage("org.golivesim.results..")
                .should()
                .accessClassesThat()
                .resideInAPackage("org.apache.commons.csv..")
                .because("results files have one CSV codec, behind the typed readers of results.ResultsData and"
                        + " the names and columns of results.ResultsLayout; the batch reads its own runs back"
                        + " through them");
        rule.check(main);
    }
}
