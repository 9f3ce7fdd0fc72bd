// The instructors' cohort view (`?view=cohort`, src/cohort/): three learners make share links
// in the app with different progress, one of them 20 days ago; the instructor pastes them
// with two lines that are not theirs, and sees, sorts and downloads the class.
import { readFileSync } from "node:fs";
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.mjs";

const DAY = 24 * 60 * 60 * 1000;

/** A learner's share link, made in a fresh context after ticking `topics`. */
async function learnerLink(browser, baseURL, { name, topics, daysAgo = 0 }) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  if (daysAgo) await page.clock.setFixedTime(new Date(Date.now() - daysAgo * DAY));
  await openApp(page);
  for (const topic of topics) await page.getByRole("button", { name: topic, exact: true }).click();
  await page.getByRole("button", { name: "Share link" }).click();
  if (name) await page.getByLabel(/Your name in the link/).fill(name);
  const link = await page.getByLabel(/Your progress link/).inputValue();
  await context.close();
  return link;
}

test("an instructor sees the class from three share links, sorts it and downloads it as CSV", async ({ page, browser }, info) => {
  const baseURL = info.project.use.baseURL;
  const links = [
    await learnerLink(browser, baseURL, { name: "Ana", topics: ["How the Internet Works", "HTTP & HTTPS", "DNS & Hosting", "Git Basics"] }),
    await learnerLink(browser, baseURL, { name: "Ben", topics: ["HTTP & HTTPS"], daysAgo: 20 }),
    await learnerLink(browser, baseURL, { topics: ["Docker", "Git Basics"] }),
  ];
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto("./?view=cohort");
  const box = page.getByLabel("Progress links");
  await box.fill([...links, "see you on Monday <b>!</b>", `${baseURL}?roadmap=bootcamp-web&progress=AAAA`].join("\n"));
  await page.getByRole("button", { name: "Show the class" }).click();

  await expect(page.getByRole("heading", { name: "3 learners" })).toBeVisible();
  await expect(page.getByText("No progress in the last 14 days: \u2068Ben\u2069.")).toBeVisible();
  const table = page.getByRole("table", { name: "3 learners", exact: true });
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveText(/^Ana\s*100%\s*0%\s*50%/);
  await expect(rows.nth(2)).toHaveText(/^Line 3\s*0%\s*0%\s*50%\s*0%\s*0%\s*0%\s*25%\s*10%/);
  const byTopic = page.getByRole("table", { name: /each topic/ });
  await expect(byTopic.getByRole("row", { name: /^HTTP & HTTPS/ })).toHaveText(/HTTP & HTTPS\s*2\s*0/);
  await expect(byTopic.getByRole("row", { name: /^Git Basics/ })).toHaveText(/Git Basics\s*2\s*0/);
  await expect(page.locator(".cohort-skipped li")).toHaveText([
    "Line 4: not a progress link (it has no progress=…).",
    "Line 5: a link for another roadmap.",
  ]);
  await expect(page.getByText("<b>!</b>")).toHaveCount(0);

  // Sorting: the overall column, lowest first, then highest first.
  const overall = table.getByRole("columnheader", { name: "Overall" });
  await overall.getByRole("button").click();
  await expect(overall).toHaveAttribute("aria-sort", "ascending");
  await expect(rows.nth(0).getByRole("rowheader")).toHaveText("Ben");
  await overall.getByRole("button").click();
  await expect(overall).toHaveAttribute("aria-sort", "descending");
  await expect(rows.nth(0).getByRole("rowheader")).toHaveText("Ana");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("class-progress.csv");
  const csv = readFileSync(await download.path(), "utf8").split("\r\n");
  expect(csv[0]).toMatch(/^"Learner","Internet Fundamentals %",.*,"Overall %","Last activity \(UTC\)","No progress in 14 days"$/);
  expect(csv.slice(1, 4).map((line) => line.split(",")[0])).toEqual(['"Ana"', '"Line 3"', '"Ben"']);
  expect(csv[3]).toMatch(/,yes$/);

  await expectNoAxeViolations(page);
  // This view fetched the views wasm, and not the roadmap page's.
  expect(requested.filter((p) => /\/views_bg-[0-9a-f]+\.wasm$/.test(p))).toHaveLength(1);
  expect(requested.filter((p) => /backend-roadmap-.*_bg\.wasm$/.test(p))).toEqual([]);
});

test("the roadmap page fetches none of the views wasm (cohort view, roadmap files)", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await openApp(page);
  await page.waitForTimeout(500);
  expect(requested.filter((p) => p.includes("views") || p.includes("roadmaps/"))).toEqual([]);
});

test("the cohort view works at 320 px and by keyboard", async ({ page, browser }, info) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const link = await learnerLink(browser, info.project.use.baseURL, { name: "Ana", topics: ["Docker"] });
  await page.goto("./?view=cohort");
  await page.getByLabel("Progress links").fill(link);
  await page.getByRole("button", { name: "Show the class" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "1 learner" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});

test("learners' export files join the class, named after their files", async ({ page, browser }, info) => {
  const files = [];
  for (const [name, topics] of [["Dana", ["Docker", "Git Basics"]], ["Eli", []]]) {
    const context = await browser.newContext({ baseURL: info.project.use.baseURL });
    const learner = await context.newPage();
    await openApp(learner);
    for (const topic of topics) await learner.getByRole("button", { name: topic, exact: true }).click();
    const [download] = await Promise.all([learner.waitForEvent("download"), learner.getByRole("button", { name: "Export" }).click()]);
    files.push({ name: `${name}.json`, mimeType: "application/json", buffer: readFileSync(await download.path()) });
    await context.close();
  }
  files.push({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": "<b>x</b>"}') });
  await page.goto("./?view=cohort");
  await page.getByLabel("Export files (or drop them here)").setInputFiles(files);
  await expect(page.getByText("3 files added: Dana, Eli, File 3 (not read).")).toBeVisible();
  await page.getByRole("button", { name: "Show the class" }).click();
  await expect(page.getByRole("heading", { name: "2 learners" })).toBeVisible();
  const rows = page.getByRole("table", { name: "2 learners", exact: true }).locator("tbody tr");
  await expect(rows.nth(0).getByRole("rowheader")).toHaveText("Dana");
  await expect(rows.nth(0)).toContainText("10%");
  await expect(page.getByText("File 3: it is not a Backend Roadmap progress file")).toBeVisible();
  await expect(page.locator("main")).not.toContainText("<b>");
  await expectNoAxeViolations(page);
});
