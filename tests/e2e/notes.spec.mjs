// Notes per topic: written in the details dialog, saved as typed, never cut, carried by
// export/import (merged by last change) and by a share link only when the learner says so,
// printed with the checklist.
import { writeFileSync, readFileSync } from "node:fs";
import { test, expect, openApp, topic, seedProgress, STORAGE_KEY, expectNoAxeViolations } from "./fixtures.mjs";

const details = (page, name) => page.getByRole("button", { name: `Details: ${name}` });
const noteField = (page) => page.getByRole("dialog").getByLabel("Your note");
// A shared link's note, read-only: never labelled as the viewer's own.
const sharedNote = (page) => page.getByRole("dialog").getByLabel("Note in the shared link");
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), STORAGE_KEY);

async function writeNote(page, name, text) {
  await details(page, name).click();
  await noteField(page).fill(text);
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
}

test("a note is saved as it is typed, survives a reload and is stored as version 3", async ({ page }) => {
  await openApp(page);
  await details(page, "HTTP & HTTPS").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.locator("#note-count")).toHaveText("0 of 2,000 characters. Saved as you type.");
  await noteField(page).pressSequentially("Status codes: 2xx ok");
  await expect(dialog.locator("#note-count")).toHaveText("20 of 2,000 characters. Saved as you type.");
  await expectNoAxeViolations(page, ".topic-dialog");
  // Reloading without closing the dialog loses nothing.
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  const saved = await stored(page);
  expect(saved.version).toBe(3);
  expect(saved.notes.http.text).toBe("Status codes: 2xx ok");
  await details(page, "HTTP & HTTPS").click();
  await expect(noteField(page)).toHaveValue("Status codes: 2xx ok");
  // Another topic has its own note.
  await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await details(page, "DNS & Hosting").click();
  await expect(noteField(page)).toHaveValue("");
});

test("a note over the limit is never cut: it is not saved, the saved one stays, and closing says so", async ({ page }) => {
  await openApp(page);
  await writeNote(page, "Docker", "images and containers");
  await details(page, "Docker").click();
  const long = "é".repeat(2001);
  await noteField(page).fill(long);
  const count = page.locator("#note-count");
  await expect(count).toHaveText("2,001 of 2,000 characters: too long, not saved. Shorten it by 1; your saved note is kept.");
  await expect(noteField(page)).toHaveAttribute("aria-invalid", "true");
  await expect(noteField(page)).toHaveValue(long);
  expect((await stored(page)).notes.docker.text).toBe("images and containers");
  await page.keyboard.press("Escape");
  await expect(page.locator(".notice-error")).toContainText("Your note on Docker is not saved: it is over 2,000 characters.");
  // The text is still there to shorten.
  await details(page, "Docker").click();
  await expect(noteField(page)).toHaveValue(long);
  await noteField(page).press("End");
  await noteField(page).press("Backspace");
  await expect(count).toHaveText("2,000 of 2,000 characters. Saved as you type.");
  expect((await stored(page)).notes.docker.text).toBe("é".repeat(2000));
});

test("a version 2 save migrates: states kept, notes added beside them", async ({ page }) => {
  await seedProgress(page, JSON.stringify({ version: 2, topics: { git: { state: "completed", changed: 5 } }, projects: {} }));
  await openApp(page);
  await expect(topic(page, "Git Basics")).toHaveAttribute("aria-pressed", "true");
  await writeNote(page, "Git Basics", "rebase vs merge");
  const saved = await stored(page);
  expect(saved.version).toBe(3);
  expect(saved.topics.git.state).toBe("completed");
  expect(saved.notes.git.text).toBe("rebase vs merge");
});

test("notes travel in an export file and an import merges them by last change", async ({ page, browser }, info) => {
  await openApp(page);
  await writeNote(page, "SQL Databases", "joins, then indexes");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  const file = info.outputPath("progress.json");
  writeFileSync(file, readFileSync(await download.path()));
  expect(JSON.parse(readFileSync(file, "utf8")).progress.notes.sql.text).toBe("joins, then indexes");

  const fresh = await browser.newContext({ baseURL: info.project.use.baseURL });
  const other = await fresh.newPage();
  await openApp(other);
  await writeNote(other, "Docker", "written here, kept");
  await other.getByLabel("Import", { exact: true }).setInputFiles(file);
  await other.getByRole("button", { name: "Merge" }).click();
  await details(other, "SQL Databases").click();
  await expect(noteField(other)).toHaveValue("joins, then indexes");
  await other.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  await details(other, "Docker").click();
  await expect(noteField(other)).toHaveValue("written here, kept");
  await other.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  // An older note in a file does not overwrite a newer one here.
  const older = info.outputPath("older.json");
  writeFileSync(older, JSON.stringify({ format: "backend-roadmap-progress", version: 3, exported_at: 1,
    progress: { notes: { docker: { text: "an old note", changed: 1 } } } }));
  await other.getByLabel("Import", { exact: true }).setInputFiles(older);
  await other.getByRole("button", { name: "Merge" }).click();
  await details(other, "Docker").click();
  await expect(noteField(other)).toHaveValue("written here, kept");
  await fresh.close();
});

test("a share link holds notes only when the learner ticks the box", async ({ page, browser }) => {
  await openApp(page);
  await topic(page, "Git Basics").click();
  await writeNote(page, "Git Basics", "private: ask Ana about rebase");
  await page.getByRole("button", { name: "Share link" }).click();
  const link = page.getByLabel(/Your progress link/);
  const plain = await link.inputValue();
  const box = page.getByLabel(/Include my notes in the link/);
  await expect(box).not.toBeChecked();
  await box.check();
  const withNotes = await link.inputValue();
  expect(withNotes).not.toBe(plain);
  await expectNoAxeViolations(page, ".toolbar ~ .inline-panel");

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  for (const [url, note] of [[plain, ""], [withNotes, "private: ask Ana about rebase"]]) {
    await other.goto(url);
    await expect(other.locator("html[data-ready]")).toHaveCount(1);
    await expect(topic(other, "Git Basics")).toHaveAttribute("aria-pressed", "true");
    await details(other, "Git Basics").click();
    await expect(sharedNote(other)).toHaveValue(note);
    await expect(sharedNote(other)).toHaveAttribute("readonly", "");
    await other.getByRole("dialog").getByRole("button", { name: "Done" }).click();
  }
  await other.getByRole("button", { name: "Adopt it (replace mine)" }).click();
  await other.reload();
  await expect(other.locator("html[data-ready]")).toHaveCount(1);
  expect((await stored(other)).notes.git.text).toBe("private: ask Ana about rebase");
  await fresh.close();
});

test("Print prints every topic's why, estimate, resources, state and note, and the plan, without chrome", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      window.printed = (window.printed ?? 0) + 1;
    };
  });
  await openApp(page);
  await topic(page, "HTTP & HTTPS").click();
  await writeNote(page, "HTTP & HTTPS", "Line one <b>not bold</b>\nLine two");
  await page.getByRole("button", { name: "Print" }).click();
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);
  await page.emulateMedia({ media: "print" });
  const blocks = page.locator(".topic-print");
  await expect(blocks).toHaveCount(20);
  const http = page.locator(".topic", { has: page.locator("#topic-http") });
  await expect(http.locator(".topic-print")).toBeVisible();
  await expect(http.locator(".topic-print")).toContainText("Why it matters");
  await expect(http.locator(".topic-print")).toContainText("Estimated time to learn");
  await expect(http.locator(".topic-print .resources a").first()).toBeVisible();
  await expect(http.locator(".topic-state")).toHaveText("Completed");
  // The note is printed as written: text, never markup.
  await expect(http.locator(".topic-note")).toHaveText("Your note: Line one <b>not bold</b>\nLine two");
  await expect(http.locator(".topic-note b")).toHaveCount(0);
  await expect(page.locator(".plan-summary")).toBeVisible();
  await expect(page.locator(".section-hours").first()).toBeVisible();
  for (const hidden of [".site-header", ".toolbar", ".plan button", ".topic-more"]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  // A print from the browser's menu gets the same sheet, with the latest note.
  await page.emulateMedia({ media: "screen" });
  await expect(blocks.first()).toBeHidden();
  await writeNote(page, "Docker", "volumes");
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(page.locator(".topic", { has: page.locator("#topic-docker") }).locator(".topic-note")).toHaveText("Your note: volumes");
});

test("with storage blocked the learner can still plan, write notes and export them, and is told", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await openApp(page);
  await expect(page.locator(".notice")).toContainText("Progress can't be saved");
  await page.getByLabel("Hours a week").fill("7");
  await page.getByLabel("Hours a week").press("Enter");
  await expect(page.locator(".plan-summary")).toContainText("At 7 hours a week");
  await writeNote(page, "Docker", "kept in memory");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  const text = (await (await file.createReadStream()).toArray()).map(String).join("");
  expect(JSON.parse(text).progress.notes.docker.text).toBe("kept in memory");
  const [ics] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Add the plan to my calendar (.ics)" }).click()]);
  expect(ics.suggestedFilename()).toBe("backend-2026-plan.ics");
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("the note field and the share choice fit with 44 px targets", async ({ page }) => {
    await openApp(page);
    await details(page, "Docker").click();
    const field = await noteField(page).boundingBox();
    expect(field.height).toBeGreaterThanOrEqual(44);
    expect(field.x + field.width).toBeLessThanOrEqual(320);
    await page.getByRole("dialog").getByRole("button", { name: "Done" }).click();
    await page.getByRole("button", { name: "Share link" }).click();
    const choice = await page.locator("label", { has: page.getByLabel(/Include my notes/) }).boundingBox();
    expect(choice.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
