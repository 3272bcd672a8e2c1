package org.golivesim.model.process;

/**
 * How well the HIS's workflows, order sets and decision-support rules fit the hospital's clinical practice, as a
 * misfit level from 1 (as built by the vendor at go-live) towards 0. Misfit causes workflow issues and adds error
 * risk; it falls as workflow tickets are fixed (in-house analysts know the workflows better than vendors) and as the
 * dedicated team redesigns workflows.
 */
public final class WorkflowFit {
    private final double fixPerInHouseTicket;
    private final double fixPerVendorTicket;
    private double misfit = 1.0;

    /**
     * @param fixPerInHouseTicket share of misfit removed by a workflow ticket an in-house analyst resolves
     * @param fixPerVendorTicket share removed by a workflow ticket a vendor resolves
     */
    public WorkflowFit(double fixPerInHouseTicket, double fixPerVendorTicket) {
        this.fixPerInHouseTicket = fixPerInHouseTicket;
        this.fixPerVendorTicket = fixPerVendorTicket;
    }

    /**
     * The fit of a hospital of the scenario's size: the fixes per ticket of {@code issues} scaled by
     * {@code misfitReferenceClinicians / clinicians}, so that a larger hospital, with more users and workflows, needs
     * proportionally more fixed tickets for the same fall in misfit.
     */
    public static WorkflowFit forHospital(org.golivesim.scenario.Scenario s) {
        double scale = s.issues().misfitReferenceClinicians() / s.hospital().clinicians();
        return new WorkflowFit(
                Math.min(1.0, s.issues().misfitFixPerInHouseTicket() * scale),
                Math.min(1.0, s.issues().misfitFixPerVendorTicket() * scale));
    }

    /** Current misfit, 0..1. */
    public double misfit() {
        return misfit;
    }

    /** A workflow or record ticket was resolved by in-house staff (true) or a vendor (false). */
    public void ticketFixed(boolean inHouse) {
        reduce(inHouse ? fixPerInHouseTicket : fixPerVendorTicket);
    }

    /** Removes a share of the remaining misfit. */
    public void reduce(double share) {
        misfit *= 1.0 - Math.max(0, Math.min(1, share));
    }
}
