// Shared test fixtures: every page records console errors and failed requests, and a test
// fails if any happened. `openApp` waits until the app is hydrated and saved state applied.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const test = base.extend({
  problems: async ({ context }, use) => {
    const problems = [];
    const abandoned = [];
    const watch = (page) => {
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console error: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      // A load the browser abandons because its page navigated away (a reload, a new address,
      // a closed tab, the embed builder's preview replacing itself) is not a failure anyone
      // sees. Every other failed request is, so an aborted one is excused only when its frame
      // is gone or navigated within a second of it.
      const frameOf = (r) => {
        try {
          return r.frame();
        } catch {
          return null; // a service worker's own request
        }
      };
      const navigated = new Map();
      page.on("framenavigated", (f) => navigated.set(f, [...(navigated.get(f) ?? []), Date.now()]));
      const aborted = [];
      page.on("requestfailed", (r) => {
        if (r.failure()?.errorText === "net::ERR_ABORTED") aborted.push([r, Date.now()]);
        else problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
      });
      const leftBehind = ([r, at]) => {
        const frame = frameOf(r);
        return frame?.isDetached() || (navigated.get(frame) ?? []).some((t) => Math.abs(t - at) < 1000);
      };
      abandoned.push(() =>
        aborted.filter((a) => !leftBehind(a)).map(([r]) => `request failed: ${r.url()} net::ERR_ABORTED`),
      );
      page.on("response", (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
    };
    context.pages().forEach(watch);
    context.on("page", watch);
    await use({ list: problems, all: () => [...problems, ...abandoned.flatMap((check) => check())] });
  },
  page: async ({ page, problems }, use) => {
    await use(page);
    expect(problems.all(), "console errors or failed requests").toEqual([]);
  },
});

export { expect };

export async function openApp(page, query = "") {
  await page.goto(query ? `./?${query}` : "./");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
}

export async function expectNoAxeViolations(page, include) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Saved progress as it stands in localStorage: written once, before the page's first load
 *  (a reload then sees what the app made of it). `raw` is the stored text, as written. */
export const STORAGE_KEY = "backend-roadmap:progress";
export function seedProgress(page, raw) {
  return page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [STORAGE_KEY, raw]);
}

export const topic = (page, name) => page.getByRole("button", { name, exact: true });
