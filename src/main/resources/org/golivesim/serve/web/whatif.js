// What-if page: the parameter sheet's decision levers as controls; Run compares the changed configuration with a
// reference (common random numbers) and fills in curves and paired differences as replications finish.
"use strict";

(() => {
  const { el, clear, fmt, api, chart } = GoLive;
  const $ = (id) => document.getElementById(id);
  const initial = new Map(); // key -> value text in the reference
  const inputs = new Map(); // key -> input or select element
  let plot = null;
  let events = null;
  let curveBusy = false;
  let curveAgain = false;
  let checkTimer = null;

  function errId(key) {
    return "err-" + key.replace(/\./g, "_");
  }

  function showError(e) {
    $("error").textContent = e ? e.message : "";
  }

  function clearProblems() {
    document.querySelectorAll(".lever .error, #err-replications").forEach((s) => (s.textContent = ""));
  }

  // Puts each problem of a 400 answer beside its control; the rest goes to the page's error line.
  function showProblems(e) {
    clearProblems();
    const problems = (e.body && e.body.problems) || [];
    let placed = 0;
    for (const p of problems) {
      const span = document.getElementById(errId(p.key));
      if (span) {
        span.textContent = p.message + (p.allowed && !p.message.includes("allowed:") ? "; allowed: " + p.allowed : "");
        placed++;
      }
    }
    $("error").textContent = placed === problems.length && placed > 0 ? "Some values are not allowed (see beside them)." : e.message;
  }

  function changes() {
    const out = {};
    for (const [key, input] of inputs) {
      const v = input.value.trim();
      if (v !== initial.get(key)) out[key] = v;
    }
    return out;
  }

  function request() {
    return { reference: $("reference").value, replications: $("replications").value.trim(), values: changes() };
  }

  function markChanged() {
    const c = changes();
    for (const [key, input] of inputs) input.closest(".lever").classList.toggle("changed", key in c);
  }

  function control(l) {
    const div = el("div", { class: "lever", "data-key": l.key });
    const id = "lever-" + l.key.replace(/\./g, "_");
    const label = el("label", { for: id });
    label.appendChild(document.createTextNode(l.doc + " "));
    label.appendChild(el("span", { class: "key" }, l.key));
    div.appendChild(label);
    let input;
    if (l.kind === "choice") {
      input = el("select", { id: id, name: l.key });
      for (const c of l.choices) input.appendChild(el("option", { value: c }, c));
    } else {
      input = el("input", { id: id, name: l.key, type: "text", inputmode: l.kind === "text" ? "text" : "decimal" });
      if (l.optional) input.setAttribute("placeholder", "not set");
    }
    input.value = l.value;
    initial.set(l.key, l.value);
    inputs.set(l.key, input);
    input.addEventListener("input", scheduleCheck);
    input.addEventListener("change", scheduleCheck);
    div.appendChild(input);
    div.appendChild(el("span", { class: "unit" }, " " + l.unit + " "));
    div.appendChild(el("span", { class: "allowed" }, "(" + l.allowed + ")"));
    if (l.buys) div.appendChild(el("span", { class: "buys", id: "buys-" + l.key.replace(/\./g, "_") }, "buys " + l.buys.join(", ")));
    div.appendChild(el("span", { class: "error", id: errId(l.key), role: "alert" }));
    return div;
  }

  function showNotes(notes) {
    const ul = $("notes");
    clear(ul);
    for (const n of notes) ul.appendChild(el("li", null, n));
    document.querySelectorAll(".lever .buys").forEach((span) => {
      const key = span.closest(".lever").getAttribute("data-key");
      const note = notes.find((n) => n.startsWith(key + " "));
      span.textContent = note ? note : "buys " + span.textContent.replace(/^buys /, "").split(" (")[0];
    });
  }

  async function loadLevers() {
    const ref = $("reference").value;
    const data = await api("/api/levers" + (ref ? "?reference=" + encodeURIComponent(ref) : ""));
    const sel = $("reference");
    clear(sel);
    for (const r of data.references) sel.appendChild(el("option", { value: r }, r));
    sel.value = data.reference;
    const reps = $("replications");
    reps.setAttribute("min", data.replications.min);
    reps.setAttribute("max", data.replications.max);
    if (!reps.value) reps.value = data.replications.value;
    const groups = $("groups");
    clear(groups);
    initial.clear();
    inputs.clear();
    for (const g of data.groups) {
      const fs = el("fieldset", { class: "group", "data-group": g.group });
      fs.appendChild(el("legend", null, g.title));
      for (const l of g.levers) fs.appendChild(control(l));
      groups.appendChild(fs);
    }
    const metric = $("metric");
    if (metric.options.length === 0) {
      for (const m of data.metrics) metric.appendChild(el("option", { value: m.column }, m.title));
      metric.value = "unplanned_downtime_hours";
    }
    showNotes(data.notes);
    clearProblems();
    showError(null);
  }

  function scheduleCheck() {
    markChanged();
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 300);
  }

  async function check() {
    try {
      const r = await api("/api/whatif/check", { json: request() });
      clearProblems();
      showError(null);
      showNotes(r.notes);
      return true;
    } catch (e) {
      if (e.status === 400) showProblems(e);
      else showError(e);
      return false;
    }
  }

  function status(s) {
    const state = s.state;
    let text;
    if (state === "running") text = "Running: " + s.finished + " of " + s.planned + " runs, " + s.pairs + " pairs finished";
    else if (state === "finished") text = "Finished: " + s.pairs + " pairs in " + fmt(s.elapsed_ms / 1000) + " s (differences from comparison.csv)";
    else if (state === "cancelled") text = "Stopped after " + s.finished + " of " + s.planned + " runs; nothing was kept.";
    else if (state === "failed") text = "Failed: " + (s.error || "unknown error");
    else text = "Not run yet.";
    if (s.first_pair_ms !== null && s.first_pair_ms !== undefined) text += "; first pair after " + fmt(s.first_pair_ms / 1000) + " s";
    $("status").textContent = text;
    $("status").setAttribute("data-state", state);
    $("run").disabled = state === "running";
    $("stop").disabled = state !== "running";
    $("save").disabled = state !== "finished" || !!s.saved_as;
  }

  function differences(s) {
    const body = $("differences").querySelector("tbody");
    clear(body);
    for (const d of s.differences || []) {
      const tr = el("tr", { "data-metric": d.metric });
      tr.appendChild(el("td", null, d.title + (d.unit ? " (" + d.unit + ")" : "")));
      tr.appendChild(el("td", null, fmt(d.mean_reference)));
      tr.appendChild(el("td", null, fmt(d.mean_arm)));
      let cls = "";
      const clear0 = d.ci_low !== null && d.ci_high !== null && (d.ci_low > 0 || d.ci_high < 0);
      if (clear0 && d.better !== "neither") {
        const up = d.mean_difference > 0;
        cls = (up === (d.better === "higher")) ? "better" : "worse";
      }
      tr.appendChild(el("td", { class: cls, "data-value": d.mean_difference }, fmt(d.mean_difference)));
      tr.appendChild(el("td", null, "[" + fmt(d.ci_low) + ", " + fmt(d.ci_high) + "]"));
      tr.appendChild(el("td", null, d.pairs));
      body.appendChild(tr);
    }
    $("differences").setAttribute("data-source", s.source || "");
  }

  async function curve() {
    if (curveBusy) {
      curveAgain = true;
      return;
    }
    curveBusy = true;
    try {
      const c = await api("/api/whatif/curve?metric=" + encodeURIComponent($("metric").value));
      plot = chart($("chart"), c, $("band").value, plot);
      $("chart").setAttribute("data-series", c.series.map((s) => s.arm + ":" + s.n).join(","));
    } catch (e) {
      if (e.status !== 404) showError(e);
    } finally {
      curveBusy = false;
      if (curveAgain) {
        curveAgain = false;
        curve();
      }
    }
  }

  function listen() {
    if (events) events.close();
    events = new EventSource("/api/whatif/events");
    const update = (ev) => {
      const s = JSON.parse(ev.data);
      status(s);
      differences(s);
      curve();
      if (ev.type !== "progress") {
        events.close();
        events = null;
      }
    };
    for (const t of ["progress", "done", "cancelled", "failed"]) events.addEventListener(t, update);
    events.addEventListener("none", () => {
      events.close();
      events = null;
    });
  }

  async function run() {
    showError(null);
    clearProblems();
    $("saved").textContent = "";
    try {
      const s = await api("/api/whatif/run", { json: request() });
      status(s);
      differences(s);
      listen();
    } catch (e) {
      if (e.status === 400) showProblems(e);
      else showError(e);
    }
  }

  async function stop() {
    try {
      const s = await api("/api/whatif/stop", { json: {} });
      status(s);
    } catch (e) {
      showError(e);
    }
  }

  async function save() {
    showError(null);
    try {
      const r = await api("/api/whatif/save", { json: { name: $("save-name").value.trim() } });
      const p = $("saved");
      clear(p);
      p.appendChild(document.createTextNode("Saved as " + r.saved_as + ": "));
      p.appendChild(el("a", { href: "/index.html#" + encodeURIComponent(r.results_id) }, "explore"));
      p.appendChild(document.createTextNode(", "));
      p.appendChild(el("a", { href: "/files/" + encodeURIComponent(r.results_id) + "/report.html" }, "report"));
      p.appendChild(document.createTextNode(", scenario file " + r.scenario_file));
      $("save").disabled = true;
    } catch (e) {
      showError(e);
    }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    $("run").addEventListener("click", run);
    $("stop").addEventListener("click", stop);
    $("save").addEventListener("click", save);
    $("metric").addEventListener("change", curve);
    $("band").addEventListener("change", curve);
    $("replications").addEventListener("input", scheduleCheck);
    $("reference").addEventListener("change", () => loadLevers().catch(showError));
    try {
      await loadLevers();
      const s = await api("/api/whatif/status");
      if (s.state !== "none") {
        status(s);
        differences(s);
        curve();
        if (s.state === "running") listen();
      }
    } catch (e) {
      showError(e);
    }
  });
})();
