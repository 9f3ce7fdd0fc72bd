// Benchmark of the release build, printed as figures (nothing here passes or fails):
//   1. bytes per asset, raw / gzip / brotli (scripts/bundle-size.mjs);
//   2. Lighthouse, mobile profile (its default: simulated slow 4G, 4x CPU): 5 runs after one
//      warm-up run it prints but does not count, their median and worst, and the longest
//      main-thread tasks with their source;
//   2b. the document's element count at first paint (as parsed, before the app runs) and once idle,
//       and the fonts (size, weight) its text is set in at first paint;
//   2c. the main thread's tasks after first paint in a real trace (4x CPU slowdown, 5 loads):
//       the longest, each with what it spent its time on and the script it ran; and, for
//       scale, the task that ends parsing a one-paragraph page (the machine's own spread);
//   3. interaction latency: click on a topic -> the frame with the change painted, 100 toggles;
//   4. scale: the roadmap mounted with 20, 200 and 2,000 synthetic topics (bench/dist);
//   5. the first tap that takes effect on a throttled phone (4x CPU, slow 4G), median of 5;
//   6. the built-in page and a roadmap file side by side on that phone, median of 5: the time
//      to the first topic rendered, and the bytes (gzip) each address fetches.
// Usage: node scripts/bench.mjs [PART...]   (after `scripts/bench.sh` has built dist/ and bench/dist/)
//   BENCH_DIST=DIR measures another build of the page (to compare two builds in one session).
//   PART is any of bytes lighthouse elements tasks toggle scale file tap side; none means all.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";

import { CHROME, FLAGS } from "./chrome.mjs";
import { firstEffectiveTap, firstTopic } from "./phone-profile.mjs";
import { recordFirstPaint } from "./first-paint.mjs";
const APP_PORT = 4191, HARNESS_PORT = 4192, CONTROL_PORT = 4193;
const LH_RUNS = 5;
const DIST = process.env.BENCH_DIST ?? "dist";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = (x) => `${x.toFixed(1)} ms`;
const PARTS = ["bytes", "lighthouse", "elements", "tasks", "toggle", "scale", "file", "tap"];
const asked = process.argv.slice(2);
for (const p of asked) if (!PARTS.includes(p)) throw new Error(`unknown part ${p}; the parts are ${PARTS.join(" ")}`);
const want = (part) => asked.length === 0 || asked.includes(part);

function serve(dir, port) {
  const child = spawn("node", ["scripts/static-server.mjs", dir, String(port), "/"], { stdio: "ignore" });
  return child;
}
async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

// Click inside a frame callback, then stop the clock in a task posted from it: that task runs
// after the frame's style, layout and paint (the "afterframe" technique).
const TOGGLE_TIMER = `async (selector, count) => {
  const buttons = [...document.querySelectorAll(selector)];
  const times = [];
  for (let i = 0; i < count; i++) {
    const btn = buttons[(i * 7919) % buttons.length];
    const before = btn.getAttribute("aria-pressed");
    await new Promise((r) => setTimeout(r, 0));
    const t = await new Promise((resolve) => requestAnimationFrame(() => {
      const t0 = performance.now();
      btn.click();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now() - t0);
      ch.port2.postMessage(0);
    }));
    if (btn.getAttribute("aria-pressed") === before) throw new Error("a toggle did not change the page");
    times.push(t);
  }
  return times;
}`;

// The trace's categories ("blink" names the parser's own steps: the last of its work runs
// outside any ParseHTML; "navigation" names the browser's own work when the document is parsed
// and loaded).
const TRACE = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "loading", "blink.user_timing", "blink", "navigation"];

// The browser's steps a trace names in C++, as a reader would say them. On DOMContentLoaded
// Chromium's renderer looks over the page's form fields (autofill): 11-25 ms at 4x CPU with any
// text or date field on the page, about 1 ms with none (measured with the fields taken out).
const BROWSER_STEPS = {
  "RenderFrameImpl::DidDispatchDOMContentLoadedEvent": "the browser's DOMContentLoaded work (form fields: autofill)",
  "RenderFrameImpl::didFinishLoad": "the browser's load work",
};

// One page load on a phone-sized page at 4x CPU slowdown, traced until `settleMs` after its
// load event: the trace's events. Nothing is evaluated in the page while it loads.
async function traceLoad(browser, url, settleMs) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await browser.startTracing(page, { categories: TRACE });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(settleMs);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await page.close();
  return events;
}

// For scale, a tiny page traced the same way: the task that ends its parsing (and dispatches
// DOMContentLoaded). For one paragraph it does next to nothing, so its spread from load to load
// is the machine's own at 4x CPU.
async function controlParseEnd(browser, url) {
  const events = await traceLoad(browser, url, 500);
  const dcl = events.find((e) => e.name === "EventDispatch" && e.args?.data?.type === "DOMContentLoaded");
  const task = events.find((e) => e.name === "RunTask" && e.ph === "X" && e.pid === dcl?.pid && e.tid === dcl?.tid && e.ts <= dcl.ts && e.ts + e.dur >= dcl.ts);
  return task ? task.dur / 1000 : NaN;
}

// One page load traced at 4x CPU slowdown: the main thread's tasks that start after first
// contentful paint and last over 30 ms, each with its three costliest steps (and the script a
// step ran, if any) and its thread time, the time it ran on a CPU. The 4x slowdown counts in
// that too: wall time is 1.0-1.8 times it (p10-p90) for most tasks; far above, the main thread
// waited off the CPU (on this 2-core machine, for a core or for the compositor).
async function tasksAfterFirstPaint(browser, url) {
  const events = await traceLoad(browser, url, 6000);
  const fcp = events.find((e) => e.name === "firstContentfulPaint");
  const nav = events.find((e) => e.name === "navigationStart" && e.pid === fcp?.pid);
  if (!fcp || !nav) return [];
  const main = events.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === "X");
  const step = (e) => `${BROWSER_STEPS[e.name] ?? e.name} ${(e.dur / 1000).toFixed(0)}${e.args?.data?.url ? ` (${e.args.data.url.split("/").pop() || "the page"})` : ""}`;
  return main
    .filter((t) => t.name === "RunTask" && t.ts >= fcp.ts && t.dur > 30_000)
    .map((t) => {
      const within = main.filter((e) => e !== t && e.name !== "RunTask" && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
      // A task the parser runs (its last pump also dispatches DOMContentLoaded and load and
      // lays the page out) is named for it; its steps are the timeline's own.
      const parser = within.some((e) => e.name === "HTMLDocumentParser::DeferredPumpTokenizerIfPossible");
      const inside = within.filter((e) => !e.cat.split(",").includes("blink") && e.dur > 2_000);
      // Outermost steps only (a step inside another is part of it).
      const top = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
      return { ms: t.dur / 1000, cpu: (t.tdur ?? t.dur) / 1000, at: (t.ts - nav.ts) / 1000, what: (parser ? "the HTML parser: " : "") + (top.sort((a, b) => b.dur - a.dur).slice(0, 3).map(step).join(", ") || "(browser work)") };
    });
}

async function main() {
  const servers = [serve(DIST, APP_PORT), serve("bench/dist", HARNESS_PORT)];
  try {
    await waitFor(`http://localhost:${APP_PORT}/`);
    await waitFor(`http://localhost:${HARNESS_PORT}/`);
    // The server compresses each file once, on its first request (brotli at quality 11 takes
    // about a second for the wasm); a static host serves them compressed already. Warm it,
    // or the first Lighthouse run counts that second as server time.
    for (const file of readdirSync(DIST, { recursive: true })) {
      if (!statSync(join(DIST, file)).isFile()) continue;
      for (const encoding of ["br", "gzip"]) {
        await fetch(`http://localhost:${APP_PORT}/${file}`, { headers: { "accept-encoding": encoding } }).then((r) => r.arrayBuffer());
      }
    }

    if (want("bytes")) {
      console.log("\n== 1. Bytes the page loads (release build) ==");
      console.log(execFileSync("node", ["scripts/bundle-size.mjs", DIST], { encoding: "utf8" }).trim());
    }

    if (want("lighthouse")) {
      console.log(`\n== 2. Lighthouse, mobile profile, ${LH_RUNS} runs (assets served brotli-compressed) ==`);
      const runs = [];
      let longTasks = [];
      // A first run warms the machine (the first Chromium launch in a while builds its font caches:
      // its first paint came 1.3 s after navigation where the others take 0.1 s) and is not counted.
      for (let i = -1; i < LH_RUNS; i++) {
        const dir = mkdtempSync(join(tmpdir(), "lh-"));
        const out = join(dir, "report.json");
        execFileSync("node_modules/.bin/lighthouse", [`http://localhost:${APP_PORT}/`, "--quiet", "--output=json",
          `--output-path=${out}`, "--only-categories=performance", `--chrome-flags=${FLAGS.join(" ")}`],
          { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ["ignore", "ignore", "inherit"] });
        const r = JSON.parse(readFileSync(out, "utf8"));
        rmSync(dir, { recursive: true, force: true });
        const a = r.audits;
        if (i < 0) {
          console.log(`warm-up (not counted): LCP ${(a["largest-contentful-paint"].numericValue / 1000).toFixed(2)} s, TBT ${a["total-blocking-time"].numericValue.toFixed(0)} ms`);
          continue;
        }
        runs.push({
          score: r.categories.performance.score * 100,
          fcp: a["first-contentful-paint"].numericValue, lcp: a["largest-contentful-paint"].numericValue,
          tbt: a["total-blocking-time"].numericValue, cls: a["cumulative-layout-shift"].numericValue,
          si: a["speed-index"].numericValue,
        });
        longTasks.push(...(a["long-tasks"]?.details?.items ?? []).map((t) => ({ ...t, run: i + 1 })));
        const r1 = runs.at(-1);
        console.log(`run ${i + 1}: score ${r1.score.toFixed(0)}, LCP ${(r1.lcp / 1000).toFixed(2)} s, TBT ${r1.tbt.toFixed(0)} ms, CLS ${r1.cls.toFixed(3)}`);
      }
      const m = (k) => median(runs.map((r) => r[k]));
      const worst = (k, pick = Math.max) => pick(...runs.map((r) => r[k]));
      console.log(`median: score ${m("score").toFixed(0)} | FCP ${(m("fcp") / 1000).toFixed(2)} s | LCP ${(m("lcp") / 1000).toFixed(2)} s | TBT ${m("tbt").toFixed(0)} ms | CLS ${m("cls").toFixed(3)} | Speed Index ${(m("si") / 1000).toFixed(2)} s`);
      console.log(`worst:  score ${worst("score", Math.min).toFixed(0)} | LCP ${(worst("lcp") / 1000).toFixed(2)} s | TBT ${worst("tbt").toFixed(0)} ms | CLS ${worst("cls").toFixed(3)}`);
      console.log("longest main-thread tasks (Lighthouse's long-tasks audit, 4x CPU, all runs):");
      for (const t of longTasks.sort((a, b) => b.duration - a.duration).slice(0, 5)) {
        console.log(`  ${t.duration.toFixed(0).padStart(4)} ms at ${(t.startTime ?? 0).toFixed(0).padStart(5)} ms (run ${t.run}): ${t.url || "(the document itself)"}`);
      }
      if (!longTasks.length) console.log("  none over 50 ms");
    }

    const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
    try {
      if (want("elements")) {
        console.log("\n== 2b. Elements in the document at first paint (as parsed, before the app's code runs) ==");
        // Counted at DOMContentLoaded with JavaScript on, as a visitor's browser builds it: the
        // app is fetched after the first contentful paint, and content in <noscript data-lazy> is text
        // until js/lazy.js builds it. Then counted again once everything lazy has been built.
        const parsed = await browser.newPage();
        await parsed.addInitScript(recordFirstPaint);
        await parsed.goto(`http://localhost:${APP_PORT}/`);
        const counts = await parsed.evaluate(() => window.__firstPaint);
        await parsed.waitForFunction(() => !document.querySelector("noscript[data-lazy]"), null, { timeout: 30_000 });
        const built = await parsed.evaluate(() => document.querySelectorAll("*").length);
        await parsed.close();
        console.log(`${counts.total} elements: ` + Object.entries(counts.by).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", "));
        console.log(`${built} elements once the page is idle and everything deferred is built`);
        console.log(`${counts.fonts.length} fonts (size, weight, family) in the text at first paint: ${counts.fonts.join("; ")}`);
        console.log(`${counts.fields.length} text, number or date fields at first paint${counts.fields.length ? `: ${counts.fields.join(", ")}` : ""} (with one, Chromium's autofill looks the page over as parsing ends)`);
      }

      if (want("tasks")) {
        console.log("\n== 2c. Main-thread tasks after first paint: Chromium traces, 4x CPU slowdown, 5 loads ==");
        const traced = [];
        for (let i = 0; i < 5; i++) traced.push(...(await tasksAfterFirstPaint(browser, `http://localhost:${APP_PORT}/`)).map((t) => ({ ...t, run: i + 1 })));
        const over = traced.filter((t) => t.ms > 50);
        console.log(`tasks over 50 ms: ${over.length} in 5 loads; longest per load: ${[1, 2, 3, 4, 5].map((r) => Math.max(0, ...traced.filter((t) => t.run === r).map((t) => t.ms)).toFixed(0)).join(", ")} ms`);
        for (const t of traced.sort((a, b) => b.ms - a.ms).slice(0, 8)) {
          console.log(`  ${t.ms.toFixed(0).padStart(4)} ms (${t.cpu.toFixed(0).padStart(2)} on the CPU) at ${t.at.toFixed(0).padStart(5)} ms (load ${t.run}): ${t.what}`);
        }
        // The same for two tiny pages: one paragraph, then one paragraph and a date field (the
        // plan's start date is one), so the spread and the browser's own cost of a form field
        // can be read beside the page's figures.
        const control = mkdtempSync(join(tmpdir(), "control-"));
        const page = (body) => `<!doctype html><html lang="en"><title>Control</title><p>One paragraph.</p>${body}`;
        writeFileSync(join(control, "index.html"), page(""));
        writeFileSync(join(control, "field.html"), page('<label>Start <input type="date"></label>'));
        // And this page with its module script taken out (its HTML and stylesheet only: no wasm,
        // no hydration), so that long tasks that come without any of the app's work can be told.
        const html = readFileSync(join(DIST, "index.html"), "utf8");
        writeFileSync(join(control, "static.html"), html.replace(/<script type="module">[\s\S]*?<\/script>/, ""));
        for (const css of readdirSync(DIST).filter((f) => f.endsWith(".css"))) writeFileSync(join(control, css), readFileSync(join(DIST, css)));
        const server = serve(control, CONTROL_PORT);
        try {
          await waitFor(`http://localhost:${CONTROL_PORT}/`);
          for (const [file, what] of [["", "a one-paragraph page"], ["field.html", "the same page with one date field"]]) {
            const ends = [];
            for (let i = 0; i < 5; i++) ends.push(await controlParseEnd(browser, `http://localhost:${CONTROL_PORT}/${file}`));
            console.log(`for scale, ${what}, traced the same way: the task that ends its parsing took ${ends.map((x) => x.toFixed(0)).join(", ")} ms`);
          }
          const longest = [];
          for (let i = 0; i < 5; i++) longest.push(Math.max(0, ...(await tasksAfterFirstPaint(browser, `http://localhost:${CONTROL_PORT}/static.html`)).map((t) => t.ms)));
          console.log(`for scale, this page without its script (HTML and CSS only): longest task after first paint per load ${longest.map((x) => x.toFixed(0)).join(", ")} ms (0: none over 30 ms)`);
        } finally {
          server.kill();
          rmSync(control, { recursive: true, force: true });
        }
      }

      if (want("toggle")) {
        console.log("\n== 3. Interaction latency on the real page: click -> painted frame, 100 toggles ==");
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await page.goto(`http://localhost:${APP_PORT}/`);
        await page.waitForSelector("html[data-ready]");
        const times = await page.evaluate(`(${TOGGLE_TIMER})("#roadmap .topic-toggle", 100)`);
        console.log(`p50 ${ms(pct(times, 50))} | p95 ${ms(pct(times, 95))} | max ${ms(Math.max(...times))}`);
      }

      if (want("scale")) {
        console.log("\n== 4. Scale: the roadmap component with synthetic topics (median of 3 mounts) ==");
        console.log("topics | first render | toggle p50 | toggle p95 (100 toggles)");
        for (const n of [20, 200, 2000]) {
          const renders = [];
          let toggles = [];
          for (let run = 0; run < 3; run++) {
            const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
            const p = await ctx.newPage();
            await p.goto(`http://localhost:${HARNESS_PORT}/?n=${n}`);
            await p.waitForSelector("html[data-ready]");
            renders.push(await p.evaluate(() => performance.getEntriesByName("harness-render")[0].duration));
            if (run === 0) toggles = await p.evaluate(`(${TOGGLE_TIMER})(".topic-toggle", 100)`);
            await ctx.close();
          }
          console.log(`${String(n).padStart(6)} | ${ms(median(renders)).padStart(12)} | ${ms(pct(toggles, 50)).padStart(10)} | ${ms(pct(toggles, 95)).padStart(10)}`);
        }
      }

      if (want("file")) {
        console.log("\n== 4b. A roadmap file of 500 topics in 30 sections (?roadmap=, the views wasm), median of 3 ==");
        console.log("navigation -> ready | toggle p50 | toggle p95 (100 toggles)");
        {
          const sections = Array.from({ length: 30 }, (_, s) => ({
            id: `s${s}`,
            title: `Section ${s + 1}`,
            topics: Array.from({ length: s < 20 ? 17 : 16 }, (_, t) => ({
              id: `t${s}-${t}`, title: `Topic ${s + 1}.${t + 1}`, summary: "A topic of a long course.", hours: { low: 2, high: 4 },
            })),
          }));
          const file = JSON.stringify({ id: "bench-500", title: "A long course", sections });
          const ready = [];
          let toggles = [];
          for (let run = 0; run < 3; run++) {
            const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
            const p = await ctx.newPage();
            await p.route("**/roadmaps/bench-500.json", (r) => r.fulfill({ contentType: "application/json", body: file }));
            const start = Date.now();
            await p.goto(`http://localhost:${APP_PORT}/?roadmap=bench-500`);
            await p.waitForSelector("html[data-ready]");
            ready.push(Date.now() - start);
            if (run === 0) toggles = await p.evaluate(`(${TOGGLE_TIMER})(".topic-toggle", 100)`);
            await ctx.close();
          }
          console.log(`${ms(median(ready)).padStart(19)} | ${ms(pct(toggles, 50)).padStart(10)} | ${ms(pct(toggles, 95)).padStart(10)}`);
        }
      }

      if (want("tap")) {
        console.log("\n== 5. First tap that takes effect, throttled phone (4x CPU, slow 4G), median of 5 ==");
        const taps = [];
        for (let i = 0; i < 5; i++) {
          const t = await firstEffectiveTap(browser, `http://localhost:${APP_PORT}/`);
          taps.push(t.ms);
          console.log(`run ${i + 1}: ${(t.ms / 1000).toFixed(2)} s after navigation (${t.taps} tap${t.taps === 1 ? "" : "s"})`);
        }
        console.log(`median ${(median(taps) / 1000).toFixed(2)} s`);
      }

      if (want("side")) {
        console.log("\n== 6. The built-in page and a roadmap file, side by side: throttled phone (4x CPU, slow 4G), median of 5 ==");
        console.log("Time: navigation to the first frame with a topic rendered. Bytes: the files the address fetches");
        console.log("until the network is idle, each counted gzip -9 as the budget counts them (no service worker).");
        const gzipBytes = (path) => {
          const file = join(DIST, decodeURIComponent(path).replace(/^\//, "") || "index.html");
          return existsSync(file) && statSync(file).isFile() ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
        };
        const addresses = [["built-in page", "/"], ["roadmap file", "/?roadmap=web-foundations"]];
        const rows = [];
        for (let i = 0; i < 5; i++) {
          for (const [name, path] of addresses) {
            const r = await firstTopic(browser, `http://localhost:${APP_PORT}${path}`);
            rows.push({ name, ms: r.ms, bytes: r.fetched.reduce((sum, p) => sum + gzipBytes(p), 0) });
          }
        }
        console.log(`${"address".padEnd(16)} | ${"first topic (runs)".padEnd(40)} | median  | bytes gzip`);
        for (const [name] of addresses) {
          const mine = rows.filter((r) => r.name === name);
          const runs = mine.map((r) => (r.ms / 1000).toFixed(2)).join(" ");
          console.log(`${name.padEnd(16)} | ${runs.padEnd(40)} | ${(median(mine.map((r) => r.ms)) / 1000).toFixed(2)} s | ${median(mine.map((r) => r.bytes))}`);
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    servers.forEach((s) => s.kill());
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
