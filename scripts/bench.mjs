// Benchmark of the release build, printed as figures (nothing here passes or fails):
//   1. bytes per asset, raw / gzip / brotli (scripts/bundle-size.mjs);
//   2. Lighthouse, mobile profile (its default: simulated slow 4G, 4x CPU): 5 runs, their median
//      and worst, and the longest main-thread tasks with their source;
//   2b. the document's element count at first paint (as parsed, before the app runs) and once idle;
//   3. interaction latency: click on a topic -> the frame with the change painted, 100 toggles;
//   4. scale: the roadmap mounted with 20, 200 and 2,000 synthetic topics (bench/dist);
//   5. the first tap that takes effect on a throttled phone (4x CPU, slow 4G), median of 5.
// Usage: node scripts/bench.mjs   (after `scripts/bench.sh` has built dist/ and bench/dist/)
import { spawn, execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";

import { CHROME, FLAGS } from "./chrome.mjs";
import { firstEffectiveTap } from "./phone-profile.mjs";
const APP_PORT = 4191, HARNESS_PORT = 4192;
const LH_RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = (x) => `${x.toFixed(1)} ms`;

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

async function main() {
  const servers = [serve("dist", APP_PORT), serve("bench/dist", HARNESS_PORT)];
  try {
    await waitFor(`http://localhost:${APP_PORT}/`);
    await waitFor(`http://localhost:${HARNESS_PORT}/`);

    console.log("\n== 1. Bytes the page loads (release build) ==");
    console.log(execFileSync("node", ["scripts/bundle-size.mjs", "dist"], { encoding: "utf8" }).trim());

    console.log(`\n== 2. Lighthouse, mobile profile, ${LH_RUNS} runs (assets served brotli-compressed) ==`);
    const runs = [];
    let longTasks = [];
    for (let i = 0; i < LH_RUNS; i++) {
      const out = join(mkdtempSync(join(tmpdir(), "lh-")), "report.json");
      execFileSync("node_modules/.bin/lighthouse", [`http://localhost:${APP_PORT}/`, "--quiet", "--output=json",
        `--output-path=${out}`, "--only-categories=performance", `--chrome-flags=${FLAGS.join(" ")}`],
        { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ["ignore", "ignore", "inherit"] });
      const r = JSON.parse(readFileSync(out, "utf8"));
      const a = r.audits;
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

    const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
    try {
      console.log("\n== 2b. Elements in the document at first paint (as parsed, before the app's code runs) ==");
      // Counted at DOMContentLoaded with JavaScript on, as a visitor's browser builds it: the
      // app is fetched after the first frame, and content in <noscript data-lazy> is text
      // until js/lazy.js builds it. Then counted again once everything lazy has been built.
      const parsed = await browser.newPage();
      await parsed.addInitScript(() => {
        document.addEventListener("DOMContentLoaded", () => {
          const by = {};
          const all = document.querySelectorAll("*");
          for (const el of all) {
            const box = el.closest("section[id], header[id], footer, dialog, nav");
            const part = box ? box.id || box.tagName.toLowerCase() : "other";
            by[part] = (by[part] ?? 0) + 1;
          }
          window.__firstPaintElements = { total: all.length, by };
        });
      });
      await parsed.goto(`http://localhost:${APP_PORT}/`);
      const counts = await parsed.evaluate(() => window.__firstPaintElements);
      await parsed.waitForFunction(() => !document.querySelector("noscript[data-lazy]"), null, { timeout: 30_000 });
      const built = await parsed.evaluate(() => document.querySelectorAll("*").length);
      await parsed.close();
      console.log(`${counts.total} elements: ` + Object.entries(counts.by).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", "));
      console.log(`${built} elements once the page is idle and everything deferred is built`);

      console.log("\n== 3. Interaction latency on the real page: click -> painted frame, 100 toggles ==");
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`http://localhost:${APP_PORT}/`);
      await page.waitForSelector("html[data-ready]");
      const times = await page.evaluate(`(${TOGGLE_TIMER})("#roadmap .topic-toggle", 100)`);
      console.log(`p50 ${ms(pct(times, 50))} | p95 ${ms(pct(times, 95))} | max ${ms(Math.max(...times))}`);

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

      console.log("\n== 5. First tap that takes effect, throttled phone (4x CPU, slow 4G), median of 5 ==");
      const taps = [];
      for (let i = 0; i < 5; i++) {
        const t = await firstEffectiveTap(browser, `http://localhost:${APP_PORT}/`);
        taps.push(t.ms);
        console.log(`run ${i + 1}: ${(t.ms / 1000).toFixed(2)} s after navigation (${t.taps} tap${t.taps === 1 ? "" : "s"})`);
      }
      console.log(`median ${(median(taps) / 1000).toFixed(2)} s`);
    } finally {
      await browser.close();
    }
  } finally {
    servers.forEach((s) => s.kill());
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
