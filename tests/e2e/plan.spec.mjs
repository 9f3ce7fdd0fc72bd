// The learner's plan: hours left and a finish date at a pace they set, per section too, the
// pace they keep, and one duration story across the hero, the FAQ and the estimates.
import { test, expect, openApp, topic, seedProgress, expectNoAxeViolations } from "./fixtures.mjs";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** The date `days` after 23 Nov 2026, as the page writes dates. */
const after = (days) => {
  const d = new Date(Date.UTC(2026, 10, 23 + days));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const hoursLeft = async (page) => Number((await page.locator(".plan-summary").innerText()).match(/About (\d+) hours left/)[1]);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-23T10:00:00Z"));
});

test("hours left and the finish date follow the topics and the pace", async ({ page }) => {
  await openApp(page);
  const summary = page.locator(".plan-summary");
  const all = await hoursLeft(page);
  await expect(summary).toHaveText(`About ${all} hours left. At 14 hours a week you finish around ${after(Math.ceil((all * 7) / 14))}.`);
  // HTTP is 8-12 hours (10 planned), DNS 3-4 (4): completing or skipping each takes it off.
  await topic(page, "HTTP & HTTPS").click();
  await expect(summary).toContainText(`About ${all - 10} hours left`);
  await page.getByRole("button", { name: "Details: DNS & Hosting" }).click();
  await page.getByRole("dialog").getByRole("radio", { name: "Skipped" }).check();
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await expect(summary).toContainText(`About ${all - 14} hours left`);
  await expect(page.locator(".section-card").first().locator(".section-hours")).toHaveText(`About 6 h left, by ${after(3)}`);

  await page.getByLabel("Hours a week").fill("20");
  await page.getByLabel("Hours a week").press("Enter");
  await expect(summary).toHaveText(`About ${all - 14} hours left. At 20 hours a week you finish around ${after(Math.ceil(((all - 14) * 7) / 20))}.`);
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.getByLabel("Hours a week")).toHaveValue("20");
  await expect(summary).toContainText("At 20 hours a week");
  await expectNoAxeViolations(page, ".plan");
});

test("a pace of 0, over 100 or not a number is refused with a message and the plan keeps its pace", async ({ page }) => {
  await openApp(page);
  const hours = page.getByLabel("Hours a week");
  for (const [typed, message] of [["0", "at least 1 hour"], ["101", "At most 100 hours"], ["-3", "at least 1 hour"], ["", "whole number from 1 to 100"]]) {
    await hours.fill(typed);
    await hours.press("Enter");
    await expect(page.locator("#plan-error")).toContainText(message);
    await expect(page.locator(".plan-summary")).toContainText("At 14 hours a week");
  }
  await hours.fill("7");
  await hours.press("Enter");
  await expect(page.locator("#plan-error")).toHaveText("");
  await expect(page.locator(".plan-summary")).toContainText("At 7 hours a week");
});

test("a future start date moves the finish; a past one counts from today", async ({ page }) => {
  await openApp(page);
  const all = await hoursLeft(page);
  const start = page.getByLabel("Start date (optional)");
  await start.fill("2027-01-04");
  await expect(page.locator(".plan-summary")).toContainText(`finish around ${after(42 + Math.ceil((all * 7) / 14))}`);
  await start.fill("2026-01-01");
  await expect(page.locator(".plan-summary")).toContainText(`finish around ${after(Math.ceil((all * 7) / 14))}`);
});

test("with history the page shows the pace kept and the finish at that pace", async ({ page }) => {
  const day = 86_400_000, now = Date.parse("2026-11-23T10:00:00Z");
  await seedProgress(page, JSON.stringify({ version: 2, projects: {}, topics: {
    http: { state: "completed", changed: now - 13 * day }, dns: { state: "completed", changed: now - 6 * day } } }));
  await openApp(page);
  // 14 planned hours over the 14 days since the first: 7 hours a week.
  const left = await hoursLeft(page);
  await expect(page.locator(".plan-kept")).toHaveText(`Your pace so far: about 7 hours a week (2 topics completed since 10 Nov 2026). At that pace you finish around ${after(Math.ceil((left * 7) / 7))}.`);
});

test("the weekly activity chart and the streak follow the stored times and the learner's marks", async ({ page }) => {
  const at = (iso) => Date.parse(`${iso}T12:00:00Z`);
  await seedProgress(page, JSON.stringify({ version: 3, projects: {}, topics: {
    http: { state: "completed", changed: at("2026-11-23") }, // this week (Monday 23 Nov)
    dns: { state: "completed", changed: at("2026-11-17") }, docker: { state: "completed", changed: at("2026-11-22") }, // last week
    git: { state: "completed", changed: at("2026-11-10") }, // two weeks ago
    sql: { state: "completed", changed: at("2026-10-20") }, // five weeks ago
    json: { state: "skipped", changed: at("2026-11-23") }, // skipped is not done
  } }));
  await openApp(page);
  const activity = page.locator("#activity");
  await expect(activity.locator("#activity-text")).toHaveText(
    "5 topics completed in the last 12 weeks, most in the week of 16 Nov 2026 (2). Streak: 3 weeks in a row with progress.");
  await expect(activity.getByRole("img", { name: /^5 topics completed in the last 12 weeks/ })).toHaveCount(1);
  const chart = activity.locator("svg");
  await expect(chart.locator("rect")).toHaveCount(12);
  await expect(chart.locator("rect.bar-empty")).toHaveCount(8);
  await expect(chart.locator("rect.bar-now")).toHaveCount(1);
  const height = (i) => chart.locator("rect").nth(i).getAttribute("height");
  expect(await height(10)).toBe("56"); // two topics: the tallest bar
  expect(await height(11)).toBe("30"); // one topic
  await topic(page, "Kubernetes").click();
  await expect(activity.locator("#activity-text")).toHaveText("6 topics completed in the last 12 weeks. Streak: 3 weeks in a row with progress.");
  expect(await height(11)).toBe("56");
  await expectNoAxeViolations(page, "#activity");
  // The consistency advice points at it.
  await page.getByRole("link", { name: "See your weekly activity and streak" }).click();
  await expect(page).toHaveURL(/#activity$/);
  await expect(activity).toBeInViewport();
});

test("the hero, the FAQ and each topic's estimate tell one story at 14 hours a week", async ({ page }) => {
  await openApp(page);
  await expect(page.locator(".hero")).toContainText("5-8 Months at 14 h/week");
  await page.getByText("How long does it take to become a backend developer?").click();
  await expect(page.locator("#faq")).toContainText("About 5-8 months at 14 hours a week (two hours a day), the pace the roadmap's estimates assume; full-time learners at 40 hours a week can get through it in 2-3 months.");
  await page.getByRole("button", { name: "Details: A Backend Language" }).click();
  await expect(page.getByRole("dialog")).toContainText("Estimated time to learn: 60-80 hours (about 5 weeks at 14 hours a week)");
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("the plan fits with 44 px inputs", async ({ page }) => {
    await openApp(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const input of await page.locator(".plan input").all()) {
      const box = await input.boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
  });
});

test("the plan downloads as a calendar file with one event per remaining topic", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Docker", exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add the plan to my calendar (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("backend-2026-plan.ics");
  const ics = (await (await download.createReadStream()).toArray()).map(String).join("");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const unfolded = ics.replace(/\r\n /g, "");
  expect(unfolded.match(/^BEGIN:VEVENT$/gm)).toHaveLength(19);
  expect(unfolded.match(/^UID:/gm)).toHaveLength(19);
  expect(unfolded.match(/^DTSTAMP:20261123T100000Z$/gm)).toHaveLength(19);
  expect(unfolded).not.toContain("Study: Docker");
  // The first event starts today, and each links back to its topic on this page.
  expect(unfolded).toContain("DTSTART;VALUE=DATE:20261123\r\nDTEND;VALUE=DATE:20261126\r\nSUMMARY:Study: How the Internet Works");
  const link = new URL("./#topic-how-the-internet-works", page.url()).href.replace(/\?[^#]*/, "");
  expect(unfolded).toContain(`URL:${link}`);
});
