package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Workflow misfit starts at 1 and each fix removes a share of what remains. */
class WorkflowFitTest {
    @Test
    void misfitStartsAtOneAndFallsGeometricallyWithFixes() {
        WorkflowFit fit = new WorkflowFit(0.1, 0.05);
        assertEquals(1.0, fit.misfit());
        fit.ticketFixed(true);
        assertEquals(0.9, fit.misfit(), 1e-15);
        fit.ticketFixed(false);
        assertEquals(0.9 * 0.95, fit.misfit(), 1e-15);
        fit.reduce(0.5);
        assertEquals(0.9 * 0.95 * 0.5, fit.misfit(), 1e-15);
    }

    @Test
    void inHouseFixesRemoveMoreMisfitThanVendorFixes() {
        WorkflowFit inHouse = new WorkflowFit(0.0005, 0.0002);
        WorkflowFit vendor = new WorkflowFit(0.0005, 0.0002);
        for (int i = 0; i < 1000; i++) {
            inHouse.ticketFixed(true);
            vendor.ticketFixed(false);
        }
        assertEquals(Math.pow(0.9995, 1000), inHouse.misfit(), 1e-12);
        assertEquals(Math.pow(0.9998, 1000), vendor.misfit(), 1e-12);
    }

    @Test
    void aLargerHospitalNeedsProportionallyMoreFixesForTheSameFallInMisfit() {
        WorkflowFit small = WorkflowFit.forHospital(
                org.golivesim.TestScenarios.of("hospital.physicians=75", "hospital.nurses=300", "hospital.allied=125"));
        WorkflowFit baseline = WorkflowFit.forHospital(org.golivesim.TestScenarios.of());
        for (int i = 0; i < 100; i++) {
            small.ticketFixed(true);
        }
        for (int i = 0; i < 500; i++) {
            baseline.ticketFixed(true);
        }
        // 500 clinicians: each fix removes 2,500 / 500 x 0.0005 = 0.0025 of the misfit
        assertEquals(Math.pow(1 - 0.0025, 100), small.misfit(), 1e-12);
        assertEquals(Math.pow(1 - 0.0005, 500), baseline.misfit(), 1e-12);
    }

    @Test
    void aShareOutsideZeroToOneIsKeptInside() {
        WorkflowFit fit = new WorkflowFit(0, 0);
        fit.reduce(-0.5);
        assertEquals(1.0, fit.misfit());
        fit.reduce(2.0);
        assertEquals(0.0, fit.misfit());
    }
}
