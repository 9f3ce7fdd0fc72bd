// The throttled phone both the benchmark and the end-to-end tests use: Lighthouse's mobile
// profile applied for real through the DevTools protocol (4x CPU slowdown, slow 4G).
export const PHONE = {
  cpuSlowdown: 4,
  network: { offline: false, latency: 562.5, downloadThroughput: 184320, uploadThroughput: 86400 },
  viewport: { width: 390, height: 844 },
};

/** Throttle `page` like a slow phone, from its next navigation on. */
export async function throttleLikeAPhone(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", PHONE.network);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuSlowdown });
  return cdp;
}

/**
 * Milliseconds from navigation start to the first tap on a topic that takes effect: tap the
 * first topic as soon as it is on screen, again every 250 ms while it shows no change, and
 * stop the clock at the tap after which the topic shows as completed.
 */
export async function firstEffectiveTap(browser, url) {
  const context = await browser.newContext({ viewport: PHONE.viewport, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__taps = [];
    addEventListener("click", () => window.__taps.push(performance.now()), true);
  });
  await throttleLikeAPhone(page);
  await page.goto(url, { waitUntil: "commit" });
  const topic = page.locator("#roadmap .topic-toggle").first();
  await topic.waitFor({ state: "visible", timeout: 60_000 });
  for (let i = 0; i < 400; i++) {
    await topic.dispatchEvent("click");
    const done = await page
      .waitForFunction((el) => el.getAttribute("aria-pressed") === "true", await topic.elementHandle(), { timeout: 250 })
      .then(() => true, () => false);
    if (done) break;
  }
  const taps = await page.evaluate(() => window.__taps);
  const pressed = await topic.getAttribute("aria-pressed");
  await context.close();
  if (pressed !== "true") throw new Error("no tap took effect");
  return { ms: taps.at(-1), taps: taps.length };
}

/**
 * Milliseconds from navigation start to the first frame in which a topic of the roadmap is
 * rendered (laid out and visible: a hidden page's does not count), and the paths of the files
 * the address fetched until the network is idle. A fresh context, no service worker, no cache.
 */
export async function firstTopic(browser, url) {
  const context = await browser.newContext({ viewport: PHONE.viewport, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const look = () => {
      const topic = document.querySelector("#roadmap .topic-toggle");
      if (topic && topic.checkVisibility()) window.__firstTopic = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const fetched = [];
  page.on("requestfinished", (r) => fetched.push(new URL(r.url()).pathname));
  await throttleLikeAPhone(page);
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__firstTopic !== undefined, null, { timeout: 60_000, polling: 100 });
  const ms = await page.evaluate(() => window.__firstTopic);
  await page.waitForLoadState("networkidle");
  await context.close();
  return { ms, fetched: [...new Set(fetched)] };
}

// Standalone: node scripts/phone-profile.mjs URL [runs]  (to measure any build being served)
if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import("@playwright/test");
  const { CHROME, FLAGS } = await import("./chrome.mjs");
  const [url, runs = "5"] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const results = [];
  for (let i = 0; i < Number(runs); i++) results.push(await firstEffectiveTap(browser, url));
  await browser.close();
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  console.log(results.map((r, i) => `run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s after ${r.taps} tap(s)`).join("\n"));
  console.log(`median ${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(2)} s`);
}
