import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless=new","--no-sandbox"] });
for (let i = 0; i < 3; i++) {
  const p = await b.newPage({ viewport: { width: 390, height: 844 } });
  await p.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => window.__lt.push(...l.getEntries().map(e => [Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: "longtask", buffered: true }); });
  await p.goto("http://localhost:4191/"); await p.waitForSelector("html[data-ready]");
  await p.waitForTimeout(500);
  console.log(JSON.stringify(await p.evaluate(() => ({ lt: window.__lt, hydrate: performance.getEntriesByName("hydrate")[0].duration.toFixed(1), hs: Math.round(performance.getEntriesByName("hydrate")[0].startTime) }))));
  await p.close();
}
await b.close();
