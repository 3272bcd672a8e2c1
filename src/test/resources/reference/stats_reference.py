"""Reference values for the org.golivesim.stats unit tests.

Run with Python 3.11, numpy 2.4 and scipy 1.17:  python3 stats_reference.py
Every printed number is pasted into the test class named in the section header, with the call that made it.
The Java build never runs this script.
"""
import math

import numpy as np
import scipy
import scipy.stats as st

print(f"numpy {np.__version__}, scipy {scipy.__version__}")


def show(name, value):
    print(f"{name} = {float(value)!r}")


def summary(label, x):
    """SummaryTest: mean, sd (ddof=1), 95% t interval of the mean, type-7 percentiles."""
    x = np.asarray(x, dtype=float)
    x = x[~np.isnan(x)]
    n = len(x)
    print(f"-- SummaryTest {label}: n = {n}")
    show("mean   np.mean(x)", np.mean(x))
    show("sd     np.std(x, ddof=1)", np.std(x, ddof=1))
    lo, hi = st.t.interval(0.95, n - 1, loc=np.mean(x), scale=st.sem(x))
    show("ciLow  st.t.interval(0.95, n-1, loc=mean, scale=st.sem(x))[0]", lo)
    show("ciHigh st.t.interval(0.95, n-1, loc=mean, scale=st.sem(x))[1]", hi)
    for q in (10, 50, 90):
        show(f"p{q}    np.percentile(x, {q}, method='linear')", np.percentile(x, q, method="linear"))


summary("TEN", [3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.3, 2.9, 5.1, 4.0])
summary("SIGNED_WITH_TIES", [-2.5, 0.0, 0.0, 1.25, 8.0, -3.75, 2.0])
summary("WITH_NAN", [1.0, float("nan"), 2.5, 7.0])
summary("TWO", [10.0, 12.0])


def paired(label, a, b):
    """PairedComparisonTest: scipy.stats.ttest_rel on the pairs without NaN."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    keep = ~(np.isnan(a) | np.isnan(b))
    a, b = a[keep], b[keep]
    r = st.ttest_rel(a, b)
    ci = r.confidence_interval(0.95)
    print(f"-- PairedComparisonTest {label}: nPairs = {len(a)}")
    show("meanAsGiven       np.mean(a)", np.mean(a))
    show("meanDedicatedTeam np.mean(b)", np.mean(b))
    show("meanDifference    np.mean(a - b)", np.mean(a - b))
    show("ciLow   st.ttest_rel(a, b).confidence_interval(0.95).low", ci.low)
    show("ciHigh  st.ttest_rel(a, b).confidence_interval(0.95).high", ci.high)
    show("pValue  st.ttest_rel(a, b).pvalue", r.pvalue)


paired(
    "EIGHT",
    [12.1, 14.3, 11.8, 15.2, 13.7, 12.9, 14.8, 13.1],
    [11.4, 13.9, 12.0, 14.1, 12.8, 12.5, 13.6, 12.9],
)
paired(
    "NAN_PAIRS_DROPPED",
    [5.0, float("nan"), 7.5, 6.25, 8.0, 4.5, 3.0],
    [4.0, 3.0, 7.75, float("nan"), 6.5, 4.25, 3.5],
)
paired(
    "NO_EFFECT",
    [0.81, 0.77, 0.92, 0.85, 0.79, 0.88],
    [0.80, 0.79, 0.90, 0.86, 0.80, 0.87],
)

print("-- SobolTest / MorrisTest: Ishigami (a = 7, b = 0.1), X_i ~ U(-pi, pi)")
a, b = 7.0, 0.1
V1 = 0.5 * (1 + b * math.pi**4 / 5) ** 2
V2 = a**2 / 8
V13 = b**2 * math.pi**8 * (1 / 18 - 1 / 50)
V = V1 + V2 + V13
show("S1", V1 / V)
show("S2", V2 / V)
show("S3", 0.0)
show("ST1", (V1 + V13) / V)
show("ST2", V2 / V)
show("ST3", V13 / V)

print("-- SobolTest: first 8 points of the unscrambled 6-dimensional Sobol sequence (Joe-Kuo direction numbers)")
from scipy.stats import qmc  # noqa: E402

print("qmc.Sobol(d=6, scramble=False).random(8) =")
print(qmc.Sobol(d=6, scramble=False).random(8))

print("-- SobolTest: spread of the Saltelli 2010 / Jansen estimators at N = 2^13, 300 pseudo-random replications")


def ishigami(x):
    return np.sin(x[:, 0]) + a * np.sin(x[:, 1]) ** 2 + b * x[:, 2] ** 4 * np.sin(x[:, 0])


rng = np.random.default_rng(5)
N, k = 2**13, 3
estimates = []
for _ in range(300):
    A = rng.uniform(-math.pi, math.pi, (N, k))
    B = rng.uniform(-math.pi, math.pi, (N, k))
    fA, fB = ishigami(A), ishigami(B)
    V = np.var(np.r_[fA, fB])
    row = []
    for i in range(k):
        AB = A.copy()
        AB[:, i] = B[:, i]
        fAB = ishigami(AB)
        row += [np.mean(fB * (fAB - fA)) / V, 0.5 * np.mean((fA - fAB) ** 2) / V]
    estimates.append(row)
print("order: S1_1 ST_1 S1_2 ST_2 S1_3 ST_3")
print("1.96 * sd over replications =", 1.96 * np.array(estimates).std(axis=0))
