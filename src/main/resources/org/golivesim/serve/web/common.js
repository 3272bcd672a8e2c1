// Shared by the explore and what-if pages. Text reaches the page only through textContent (never as HTML).
"use strict";

const GoLive = (() => {
  const COLORS = ["#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#a16207", "#0e7490", "#be123c", "#4d7c0f"];

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v !== undefined && v !== null) e.setAttribute(k, String(v));
      }
    }
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  }

  const numberFormat = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });

  function fmt(v) {
    if (v === null || v === undefined || Number.isNaN(v)) return "-";
    return numberFormat.format(v);
  }

  class ApiError extends Error {
    constructor(status, body) {
      super(body && body.error ? body.error : "HTTP " + status);
      this.status = status;
      this.body = body || {};
    }
  }

  async function api(url, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    if (opts.json !== undefined) {
      opts.method = opts.method || "POST";
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(opts.json);
      delete opts.json;
    }
    const res = await fetch(url, opts);
    let body = null;
    const type = res.headers.get("Content-Type") || "";
    if (type.startsWith("application/json")) body = await res.json();
    if (!res.ok) throw new ApiError(res.status, body);
    return body;
  }

  function color(i) {
    return COLORS[i % COLORS.length];
  }

  function fade(hex, alpha) {
    const n = parseInt(hex.slice(1), 16);
    return "rgba(" + ((n >> 16) & 255) + "," + ((n >> 8) & 255) + "," + (n & 255) + "," + alpha + ")";
  }

  // Draws curves {days, title, series: [{arm, mean, ci_low, ci_high, p10, p90}]} with an optional band per arm.
  // Hovering shows each series' value of that day in the legend.
  function chart(target, curves, band, previous) {
    if (previous) previous.destroy();
    clear(target);
    if (!curves || !curves.days || curves.days.length === 0 || curves.series.length === 0) {
      target.appendChild(el("p", { class: "hint" }, "No runs finished yet."));
      return null;
    }
    const data = [curves.days];
    const series = [{ label: "Day" }];
    const bands = [];
    curves.series.forEach((s, i) => {
      const c = color(i);
      data.push(s.mean);
      series.push({ label: s.arm + " mean", stroke: c, width: 2 });
      const lo = band === "ci" ? s.ci_low : band === "pct" ? s.p10 : null;
      const hi = band === "ci" ? s.ci_high : band === "pct" ? s.p90 : null;
      if (lo && hi) {
        const what = band === "ci" ? " 95% CI " : " P";
        data.push(hi);
        series.push({ label: s.arm + (band === "ci" ? what + "high" : what + "90"), stroke: fade(c, 0.35), width: 1 });
        data.push(lo);
        series.push({ label: s.arm + (band === "ci" ? what + "low" : what + "10"), stroke: fade(c, 0.35), width: 1 });
        bands.push({ series: [data.length - 2, data.length - 1], fill: fade(c, 0.15) });
      }
    });
    const width = Math.max(400, target.clientWidth - 10);
    const opts = {
      title: curves.title,
      width: width,
      height: 360,
      scales: { x: { time: false } },
      axes: [{ label: "Day after go-live" }, { label: curves.title, size: 70 }],
      series: series,
      bands: bands,
      legend: { live: true },
    };
    return new uPlot(opts, data, target);
  }

  return { el, clear, fmt, api, chart, color, ApiError };
})();
