// Nothing a learner wrote or did is lost (issue 30): undo is the inverse of what it undoes, in
// this tab and another; history survives reset and undo, import and a wrong clock; an open note
// never saves over a newer one; a shared link's note is never presented as the learner's own;
// each roadmap has its own plan. Each of these failed on the release build before the fix.
import { writeFileSync } from "node:fs";
import { test, expect, openApp, topic, seedProgress, STORAGE_KEY as KEY } from "./fixtures.mjs";

const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
const details = (page, name) => page.getByRole("button", { name: `Details: ${name}` });
const undo = (page) => page.getByRole("group", { name: "Undo" }).getByRole("button", { name: "Undo" });
const DAY = 86_400_000;

async function reset(page) {
  await page.getByRole("button", { name: "Reset" }).click();
  await page.getByRole("button", { name: "Yes, reset everything" }).click();
}

async function writeNote(page, name, text) {
  await details(page, name).click();
  await page.getByRole("dialog").getByLabel("Your note").fill(text);
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
}

test("undo after a reset keeps a note rewritten since, in the page and in storage", async ({ page }) => {
  await openApp(page);
  await topic(page, "Docker").click();
  await writeNote(page, "Docker", "before the reset");
  await reset(page);
  await writeNote(page, "Docker", "rewritten after the reset");
  await undo(page).click();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  expect((await stored(page)).notes.docker.text).toBe("rewritten after the reset");
  await details(page, "Docker").click();
  await expect(page.getByRole("dialog").getByLabel("Your note")).toHaveValue("rewritten after the reset");
});

test("undo of a reset keeps what was ticked since, in this tab and in another", async ({ page }) => {
  await openApp(page);
  for (const name of ["HTTP & HTTPS", "DNS & Hosting"]) await topic(page, name).click();
  await reset(page);
  await expect(page.locator(".progress-figure")).toHaveText("0/20 completed");
  // Tab B ticks Docker after the reset; tab A ticks Git itself.
  const b = await page.context().newPage();
  await openApp(b);
  await expect(b.locator(".progress-figure")).toHaveText("0/20 completed");
  await topic(b, "Docker").click();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  await topic(page, "Git Basics").click();
  await undo(page).click();
  await expect(page.locator(".progress-figure")).toHaveText("4/20 completed");
  for (const name of ["HTTP & HTTPS", "DNS & Hosting", "Docker", "Git Basics"]) {
    await expect(topic(page, name)).toHaveAttribute("aria-pressed", "true");
  }
  const saved = (await stored(page)).topics;
  expect(saved.docker.state).toBe("completed");
  await expect(b.locator(".progress-figure")).toHaveText("4/20 completed");
});

test("reset then undo, and export then import, keep when each topic was completed", async ({ page }, info) => {
  const weeksAgo = (n) => Date.now() - n * 7 * DAY;
  const topics = { http: weeksAgo(5), dns: weeksAgo(3), git: weeksAgo(1) };
  await seedProgress(page, JSON.stringify({ version: 3,
    topics: Object.fromEntries(Object.entries(topics).map(([id, t]) => [id, { state: "completed", changed: t }])),
    projects: {}, notes: {} }));
  await openApp(page);
  const pace = page.getByText(/Your pace so far/);
  const before = await pace.textContent();
  expect(before).toContain("3 topics completed since");
  await reset(page);
  await undo(page).click();
  await expect(pace).toHaveText(before);
  // A new computer: Export here, Import there (Replace, then Merge into a fresh one).
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  const file = info.outputPath("export.json");
  writeFileSync(file, await (await import("node:fs/promises")).readFile(await download.path()));
  for (const choice of ["Replace", "Merge"]) {
    const fresh = await page.context().browser().newContext({ baseURL: info.project.use.baseURL });
    const other = await fresh.newPage();
    await openApp(other);
    await other.getByLabel("Import", { exact: true }).setInputFiles(file);
    await other.getByRole("group", { name: "Import progress" }).getByRole("button", { name: choice }).click();
    await expect(other.locator(".progress-figure")).toHaveText("3/20 completed");
    await expect(other.getByText(/Your pace so far/)).toHaveText(before);
    await fresh.close();
  }
});

test("a tap made while the device clock was years behind leaves the stored history alone", async ({ page }) => {
  const real = Date.now();
  await seedProgress(page, JSON.stringify({ version: 3,
    topics: { http: { state: "completed", changed: real - 30 * DAY }, dns: { state: "completed", changed: real - 20 * DAY } },
    projects: {}, notes: {} }));
  await page.clock.install({ time: new Date("2001-06-01T12:00:00Z") });
  await openApp(page);
  await topic(page, "Docker").click();
  await expect(page.locator(".progress-figure")).toHaveText("3/20 completed");
  const saved = (await stored(page)).topics;
  // The decision clock was bounded to 2001; the history was not.
  expect(saved.http.since ?? saved.http.changed).toBe(real - 30 * DAY);
  expect(saved.dns.since ?? saved.dns.changed).toBe(real - 20 * DAY);
});

test("progress saved by the first version shows no pace since 1970", async ({ page }) => {
  await seedProgress(page, JSON.stringify({ version: 1, completed: ["http", "dns", "git"] }));
  await openApp(page);
  await expect(page.locator(".progress-figure")).toHaveText("3/20 completed");
  await expect(page.getByText(/1970/)).toHaveCount(0);
  await expect(page.getByText(/Your pace so far/)).toHaveCount(0);
});

test("an open note editor follows a newer note from another tab and never saves over it", async ({ page }) => {
  await openApp(page);
  await writeNote(page, "Docker", "First draft");
  await details(page, "Docker").click();
  const field = page.getByRole("dialog").getByLabel("Your note");
  await expect(field).toHaveValue("First draft");
  const b = await page.context().newPage();
  await openApp(b);
  await writeNote(b, "Docker", "Second thoughts, written in tab B");
  await expect(field).toHaveValue("Second thoughts, written in tab B");
  await field.press("End");
  await field.pressSequentially("!");
  await expect(field).toHaveValue("Second thoughts, written in tab B!");
  expect((await stored(page)).notes.docker.text).toBe("Second thoughts, written in tab B!");
});

test("a shared link's note is labelled as the link's, on screen and in print, never as the learner's", async ({ page, browser }) => {
  await openApp(page);
  await topic(page, "Docker").click();
  await writeNote(page, "Docker", "Your progress was deleted. Restore it at evil.example/restore");
  await page.getByRole("button", { name: "Share link" }).click();
  await page.getByLabel("Include my notes in the link").check();
  const url = await page.getByLabel(/Your progress link/).inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.locator("html[data-ready]")).toHaveCount(1);
  await details(other, "Docker").click();
  const dialog = other.getByRole("dialog");
  await expect(dialog.getByLabel("Your note")).toHaveCount(0);
  await expect(dialog.getByLabel("Note in the shared link")).toHaveValue(/Restore it at/);
  await expect(dialog.locator("#note-count")).toHaveText("Read-only: this is the shared link's note, not yours.");
  await dialog.getByRole("button", { name: "Done" }).click();
  // Printed from the browser's menu (the toolbar, and its Print button, is hidden while a
  // shared link is shown): the page fills its print blocks before printing.
  await other.emulateMedia({ media: "print" });
  await expect.poll(async () => {
    await other.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    return other.locator(".topic-note").allTextContents();
  }).toEqual([expect.stringMatching(/^Note in the shared link: /)]);
  await expect(other.getByText(/^Your note:/)).toHaveCount(0);
  await fresh.close();
});

test("each roadmap keeps its own plan", async ({ page }) => {
  await openApp(page);
  const hours = page.getByLabel(/Hours a week/);
  await hours.fill("40");
  await hours.blur();
  await page.goto("./?roadmap=web-foundations");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  const fileHours = page.getByLabel(/Hours a week/);
  await expect(fileHours).not.toHaveValue("40");
  await fileHours.fill("5");
  await fileHours.blur();
  await openApp(page);
  await expect(page.getByLabel(/Hours a week/)).toHaveValue("40");
});

test("a display name with an emoji sequence or a Persian joiner is kept; a bidi control is refused and says so", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Share link" }).click();
  const name = page.getByLabel(/Your name in the link/);
  const link = page.getByLabel(/Your progress link/);
  for (const ok of ["👩\u200d💻 Priya", "می\u200cخواهم"]) {
    await name.fill(ok);
    await expect(page.getByText("Your name is left out of the link")).toHaveCount(0);
    // Whoever opens the link sees the name, isolated from the sentence around it.
    const viewer = await page.context().newPage();
    await viewer.goto(await link.inputValue());
    await expect(viewer.getByRole("region", { name: "Shared progress" })).toContainText(`from \u2068${ok}\u2069 (0/20 completed)`);
    await viewer.close();
  }
  await name.fill("Ana\u202Enil");
  await expect(page.getByText(/^Your name is left out of the link/)).toBeVisible();
});

test("on a roadmap file's page a topic's state label follows every change after a click", async ({ page }) => {
  await page.goto("./?roadmap=web-foundations");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  const toggle = page.locator("button.topic-toggle").first();
  const label = page.locator(".topic-state").first();
  await toggle.click();
  await expect(label).toHaveText("Completed");
  await toggle.focus();
  await page.keyboard.press("i");
  await expect(toggle.locator("xpath=ancestor::li[1]")).toHaveAttribute("data-state", "in-progress");
  await expect(label).toHaveText("In progress");
});

test("a start that fails says so within seconds, and a tap made before it is saved at the next start", async ({ page, problems }) => {
  // The app's wasm cannot be fetched (a dropped connection, a 404 after a redeploy).
  await page.route(/backend-roadmap-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await page.goto("./");
  await topic(page, "Docker").click();
  const alert = page.getByRole("alert").filter({ hasText: "The roadmap could not start" });
  await expect(alert).toBeVisible({ timeout: 10_000 });
  await expect(topic(page, "Docker")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html[data-ready]")).toHaveCount(0);
  // The failed fetches this test makes are the only errors it allows.
  expect(problems.list.every((p) => p.includes("_bg.wasm") || p.includes("Failed to load resource"))).toBe(true);
  problems.list.length = 0;
  // The code comes back: the tap is applied and saved, and the message is gone.
  await page.unroute(/backend-roadmap-[0-9a-f]+_bg\.wasm$/);
  await alert.getByRole("button", { name: "Reload" }).click();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(topic(page, "Docker")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  expect((await stored(page)).topics.docker.state).toBe("completed");
  await expect(page.getByRole("alert").filter({ hasText: "could not start" })).toHaveCount(0);
});

test("the cohort view is bounded: a huge paste lists a screenful, and files past the cap are not read", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("./?view=cohort");
  // Pasted at once, as a paste is (typing 20,000 lines key by key takes Playwright minutes).
  await page.getByLabel("Progress links").evaluate((box, text) => {
    box.value = text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, Array(20_000).fill("see you on Monday").join("\n"));
  await page.getByRole("button", { name: "Show the class" }).click();
  const items = page.locator(".cohort-skipped li");
  await expect(items).toHaveCount(21);
  await expect(items.last()).toHaveText("And 19980 more left out.");
  // 201 export files: the 201st is left out without being read.
  const file = (i) => ({ name: `learner-${i}.json`, mimeType: "application/json", buffer: Buffer.from(JSON.stringify({
    format: "backend-roadmap-progress", version: 3, exported_at: 1,
    progress: { topics: { http: { state: "completed", changed: 1 } }, projects: {}, notes: {} } })) });
  await page.getByLabel("Export files (or drop them here)").setInputFiles(Array.from({ length: 201 }, (_, i) => file(i + 1)));
  await expect(page.getByText(/^201 files added: /)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/File 201 \(not read\)\.$/)).toBeVisible();
  await page.getByLabel("Progress links").fill("");
  await page.getByRole("button", { name: "Show the class" }).click();
  await expect(page.getByRole("heading", { name: "200 learners" })).toBeVisible();
  await expect(items).toHaveText(["File 201: more than 200 learners: left out, not read."]);
});

test("a link too long for a chat message says so in the share panel and points to the file", async ({ page }) => {
  await openApp(page);
  await writeNote(page, "Docker", "d".repeat(1_200));
  await writeNote(page, "Git Basics", "g".repeat(1_200));
  await page.getByRole("button", { name: "Share link" }).click();
  const warning = page.getByText(/^This link is \d+ characters long/);
  await expect(warning).toHaveCount(0);
  await page.getByLabel("Include my notes in the link").check();
  await expect(warning).toContainText("use Export and send the file");
  await page.getByLabel("Include my notes in the link").uncheck();
  await expect(warning).toHaveCount(0);
});
