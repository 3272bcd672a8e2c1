// Explore page: any results directory; pick metric, point and arms; hover for values; toggle bands; download the
// data behind the chart; links to the directory's files.
"use strict";

(() => {
  const { el, clear, fmt, api, chart } = GoLive;
  const $ = (id) => document.getElementById(id);
  let info = null;
  let plot = null;

  function showError(e) {
    $("error").textContent = e ? e.message : "";
  }

  function selectedArms() {
    return Array.from($("arms").querySelectorAll("input:checked")).map((i) => i.value);
  }

  function query() {
    const p = new URLSearchParams();
    p.set("metric", $("metric").value);
    p.set("point", $("point").value);
    p.set("arms", selectedArms().join(","));
    return p.toString();
  }

  async function loadResults() {
    const list = await api("/api/results");
    const sel = $("results");
    clear(sel);
    for (const r of list.results) sel.appendChild(el("option", { value: r.id }, r.name));
    const wanted = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (wanted && list.results.some((r) => r.id === wanted)) sel.value = wanted;
    if (list.results.length === 0) {
      showError({ message: "No results directories yet: run a batch, or save a what-if." });
      return;
    }
    await loadOne();
  }

  async function loadOne() {
    showError(null);
    const id = $("results").value;
    history.replaceState(null, "", "#" + encodeURIComponent(id));
    info = await api("/api/results/" + encodeURIComponent(id));
    const metric = $("metric");
    const before = metric.value;
    clear(metric);
    for (const m of info.metrics) metric.appendChild(el("option", { value: m.column }, m.title));
    if (info.metrics.some((m) => m.column === before)) metric.value = before;
    else if (info.metrics.some((m) => m.column === "unplanned_downtime_hours")) metric.value = "unplanned_downtime_hours";
    const point = $("point");
    clear(point);
    for (const p of info.points) point.appendChild(el("option", { value: p.id }, p.id + ": " + p.label));
    const arms = $("arms");
    clear(arms);
    arms.appendChild(el("legend", null, "Arms"));
    info.arms.forEach((a) => {
      const label = el("label");
      const box = el("input", { type: "checkbox", value: a, name: "arm" });
      box.checked = true;
      box.addEventListener("change", draw);
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + a + (a === info.reference_arm && info.arms.length > 1 ? " (reference)" : "")));
      arms.appendChild(label);
    });
    const files = $("files");
    clear(files);
    for (const f of info.files) {
      const li = el("li");
      li.appendChild(el("a", { href: "/files/" + encodeURIComponent(id) + "/" + f.name.split("/").map(encodeURIComponent).join("/") }, f.name));
      li.appendChild(document.createTextNode(" (" + fmt(f.bytes / 1024) + " KiB)"));
      files.appendChild(li);
    }
    await draw();
  }

  async function draw() {
    if (!info) return;
    showError(null);
    const id = encodeURIComponent($("results").value);
    try {
      const curves = await api("/api/results/" + id + "/curves?" + query());
      $("chart-title").textContent = curves.title + " at point " + curves.point;
      plot = chart($("chart"), curves, $("band").value, plot);
      $("download").setAttribute("href", "/api/results/" + id + "/curves.csv?" + query());
      const cmp = await api("/api/results/" + id + "/comparison?point=" + encodeURIComponent($("point").value));
      const body = $("comparison").querySelector("tbody");
      clear(body);
      for (const c of cmp.comparisons) {
        const tr = el("tr", { "data-metric": c.metric, "data-arm": c.arm });
        tr.appendChild(el("td", null, c.title + (c.unit ? " (" + c.unit + ")" : "")));
        tr.appendChild(el("td", null, c.arm));
        tr.appendChild(el("td", null, c.reference_arm));
        tr.appendChild(el("td", null, fmt(c.mean_reference)));
        tr.appendChild(el("td", null, fmt(c.mean_arm)));
        tr.appendChild(el("td", { "data-value": c.mean_difference }, fmt(c.mean_difference)));
        tr.appendChild(el("td", null, "[" + fmt(c.ci_low) + ", " + fmt(c.ci_high) + "]"));
        tr.appendChild(el("td", null, c.pairs));
        body.appendChild(tr);
      }
    } catch (e) {
      showError(e);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("results").addEventListener("change", () => loadOne().catch(showError));
    $("metric").addEventListener("change", draw);
    $("point").addEventListener("change", draw);
    $("band").addEventListener("change", draw);
    loadResults().catch(showError);
  });
})();
