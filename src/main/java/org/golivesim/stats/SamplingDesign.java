package org.golivesim.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A sensitivity-analysis design: points in the unit hypercube, one coordinate per factor, and the same points scaled
 * to the factors' ranges. Implemented by the Morris and Sobol designs.
 */
public interface SamplingDesign {
    /** The factors, in coordinate order. */
    List<Factor> factors();

    /** Number of points (model evaluations). */
    int size();

    /**
     * One point in the unit hypercube.
     *
     * @param index the point's position, in {@code [0, size())}
     * @return a new array
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    double[] unitPoint(int index);

    /** All points in the unit hypercube, in design order; new arrays. */
    default List<double[]> unitPoints() {
        List<double[]> points = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            points.add(unitPoint(i));
        }
        return points;
    }

    /**
     * One point scaled to the factors' ranges (see {@link Factor#scale(double[], List)}).
     *
     * @param index the point's position, in {@code [0, size())}
     * @return a new array of factor values, in the factors' units
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    default double[] scaledPoint(int index) {
        return Factor.scale(unitPoint(index), factors());
    }

    /** All points scaled to the factors' ranges, in design order; new arrays. */
    default List<double[]> scaledPoints() {
        List<double[]> points = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            points.add(scaledPoint(i));
        }
        return points;
    }
}
