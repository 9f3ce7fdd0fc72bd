// Progress that is never lost: bad stored data, throwing storage, tabs, export/import, share.
import { test, expect, openApp, topic, seedProgress, STORAGE_KEY as KEY } from "./fixtures.mjs";
import { writeFileSync, readFileSync } from "node:fs";

const BACKUP = "backend-roadmap:progress:unreadable";
// The unreadable copies kept in storage, oldest first (each under BACKUP:<ms>).
const keptCopies = (page) => page.evaluate((prefix) => Object.keys(localStorage)
  .filter((k) => k.startsWith(prefix)).sort((a, b) => Number(a.split(":").pop()) - Number(b.split(":").pop()))
  .map((k) => localStorage.getItem(k)), BACKUP);

test("a corrupted stored value shows a notice and stays in storage", async ({ page }) => {
  await seedProgress(page, "{definitely not json");
  await openApp(page);
  const notice = page.locator(".notice", { hasText: "Your saved progress could not be read" });
  await expect(notice).toContainText("it is not valid JSON");
  await expect(notice.getByRole("button", { name: "Download the unreadable data" })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe("{definitely not json");
  expect(await keptCopies(page)).toEqual(["{definitely not json"]);
  // The learner keeps working; the bad value survives in the backup key.
  await topic(page, "Docker").click();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  expect(await keptCopies(page)).toEqual(["{definitely not json"]);
  const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Download the unreadable data" }).click()]);
  expect(readFileSync(await download.path(), "utf8")).toBe("{definitely not json");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
});

test("topics from another version of the roadmap are kept and marked as not applicable", async ({ page }) => {
  const saved = JSON.stringify({ version: 2, topics: {
    graphql: { state: "completed", changed: 5 }, http: { state: "completed", changed: 5 } }, projects: {} });
  await seedProgress(page, saved);
  await openApp(page);
  await expect(page.getByText("topics from another version of this roadmap")).toBeVisible();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  await topic(page, "Docker").click();
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  expect(Object.keys(stored.topics).sort()).toEqual(["docker", "graphql", "http"]);
});

test("progress saved by a newer version is never overwritten: this tab says it is out of date and offers a reload", async ({ page }) => {
  const future = JSON.stringify({ version: 9, topics: { http: { state: "mastered" } } });
  await seedProgress(page, future);
  await openApp(page);
  const notice = page.locator(".notice", { hasText: "This tab is out of date" });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("button", { name: "Reload" })).toBeVisible();
  await topic(page, "Docker").click();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(future);
  expect(await keptCopies(page)).toEqual([]);
});

test("an older tab left open when a newer version saves goes quiet instead of writing over it", async ({ page }) => {
  await openApp(page);
  await topic(page, "Docker").click();
  // Another tab, running a newer deployment, saves a newer format.
  const future = JSON.stringify({ version: 9, topics: { docker: { state: "mastered" } }, notes: {} });
  const other = await page.context().newPage();
  await other.goto("./");
  await other.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, future]);
  await expect(page.locator(".notice", { hasText: "This tab is out of date" })).toBeVisible();
  await topic(page, "Git Basics").click();
  await expect(page.locator(".save-status")).toContainText("this tab is out of date");
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(future);
});

test("an unreadable copy kept on an earlier visit stays listed until it is dismissed", async ({ page }) => {
  await seedProgress(page, "{not json");
  await openApp(page);
  await topic(page, "Docker").click();
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  const notice = page.locator(".notice", { hasText: "could not be read is still kept" });
  await expect(notice.getByRole("button", { name: "Download the unreadable data" })).toBeVisible();
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.locator(".notice", { hasText: "could not be read" })).toHaveCount(0);
  expect(await keptCopies(page)).toEqual(["{not json"]);
});

test("storage that throws on every call leaves the app usable with a notice", async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => { throw new DOMException("blocked", "SecurityError"); };
    for (const m of ["getItem", "setItem", "removeItem", "clear", "key"]) Storage.prototype[m] = fail;
  });
  await openApp(page);
  await expect(page.locator(".notice")).toContainText("Progress can't be saved in this browser here");
  await topic(page, "Git Basics").click();
  await expect(topic(page, "Git Basics")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  await expect(page.locator(".save-status")).toContainText("Use Export or Share link");
});

test("a page where localStorage itself is blocked still works", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await openApp(page);
  await expect(page.locator(".notice")).toContainText("Progress can't be saved");
  await topic(page, "Docker").click();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
});

test("two tabs sync a toggle without reload and keep each other's topics", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openApp(b);
  // Each tab is looked at the way a learner would: by switching to it (a background tab may
  // defer its rendering; the change must be there, without a reload, once it is in front).
  await topic(a, "Kubernetes").click();
  await b.bringToFront();
  await expect(topic(b, "Kubernetes")).toHaveAttribute("aria-pressed", "true");
  await topic(b, "CI/CD Pipelines").click();
  await expect(topic(b, "CI/CD Pipelines")).toHaveAttribute("aria-pressed", "true");
  await a.bringToFront();
  await expect(topic(a, "CI/CD Pipelines")).toHaveAttribute("aria-pressed", "true");
  await expect(a.locator(".progress-figure")).toHaveText("2/20 completed");
  const stored = JSON.parse(await a.evaluate((k) => localStorage.getItem(k), KEY));
  expect(Object.keys(stored.topics).sort()).toEqual(["ci-cd", "kubernetes"]);
});

test("export then import into a fresh context restores the same progress", async ({ page, browser }, info) => {
  await openApp(page);
  for (const name of ["HTTP & HTTPS", "SQL Databases", "Docker"]) await topic(page, name).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  const file = info.outputPath("progress.json");
  writeFileSync(file, readFileSync(await download.path()));
  expect(download.suggestedFilename()).toMatch(/^backend-2026-progress-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync(file, "utf8")).roadmap).toBe("backend-2026");

  const fresh = await browser.newContext({ baseURL: info.project.use.baseURL });
  const other = await fresh.newPage();
  await openApp(other);
  await topic(other, "Git Basics").click();
  await other.getByLabel("Import", { exact: true }).setInputFiles(file);
  await other.getByRole("button", { name: "Replace" }).click();
  for (const name of ["HTTP & HTTPS", "SQL Databases", "Docker"]) {
    await expect(topic(other, name)).toHaveAttribute("aria-pressed", "true");
  }
  await expect(topic(other, "Git Basics")).toHaveAttribute("aria-pressed", "false");
  await expect(other.locator(".progress-figure")).toHaveText("3/20 completed");
  await other.reload();
  await expect(other.locator(".progress-figure")).toHaveText("3/20 completed");
  await fresh.close();
});

test("importing with merge keeps both sides", async ({ page }, info) => {
  const file = info.outputPath("merge.json");
  writeFileSync(file, JSON.stringify({ format: "backend-roadmap-progress", version: 2, exported_at: 1,
    progress: { topics: { docker: { state: "completed", changed: 1 } }, projects: {} } }));
  await openApp(page);
  await topic(page, "Git Basics").click();
  await page.getByLabel("Import", { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page.locator(".progress-figure")).toHaveText("2/20 completed");
});

test("a malformed, foreign, other roadmap's or oversized import is refused and nothing changes", async ({ page }, info) => {
  await openApp(page);
  await topic(page, "Git Basics").click();
  const cases = [
    ["broken.json", "{ not json", "it is not valid JSON"],
    ["foreign.json", JSON.stringify({ name: "some other app", completed: ["x"] }), "not a Backend Roadmap progress file"],
    ["other-roadmap.json", JSON.stringify({ format: "backend-roadmap-progress", roadmap: "bootcamp-web", version: 3, exported_at: 1,
      progress: { topics: { docker: { state: "completed", changed: 1 } } } }), "another roadmap (bootcamp-web), not this one. Nothing was changed."],
    ["huge.json", " ".repeat(1024 * 1024 + 10), "too large"],
  ];
  for (const [name, body, message] of cases) {
    const file = info.outputPath(name);
    writeFileSync(file, body);
    await page.getByLabel("Import", { exact: true }).setInputFiles(file);
    await expect(page.locator(".notice", { hasText: message })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Replace" })).toHaveCount(0);
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  expect(Object.keys(stored.topics)).toEqual(["git"]);
});

test("a share link opens read-only in a fresh context and can be adopted", async ({ page, browser }, info) => {
  await openApp(page);
  for (const name of ["How the Internet Works", "HTTP & HTTPS", "DNS & Hosting", "Docker"]) await topic(page, name).click();
  await page.getByRole("button", { name: "Share link" }).click();
  const url = await page.getByLabel(/Your progress link/).inputValue();
  expect(url).toContain("/roadmap/?progress=");

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.locator("html[data-ready]")).toHaveCount(1);
  const banner = other.getByRole("region", { name: "Shared progress" });
  await expect(banner).toContainText("You are viewing shared progress (4/20 completed)");
  await expect(topic(other, "Docker")).toHaveAttribute("aria-pressed", "true");
  await expect(topic(other, "Docker")).toBeDisabled();
  await expect(other.locator(".badge", { hasText: "You understand how the web works!" })).toContainText("Unlocked");
  expect(await other.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await banner.getByRole("button", { name: "Adopt it (replace mine)" }).click();
  await expect(banner).toHaveCount(0);
  expect(other.url()).not.toContain("progress=");
  await other.reload();
  await expect(other.locator(".progress-figure")).toHaveText("4/20 completed");
  await fresh.close();
});

test("a garbage share code gets a clear message and changes nothing", async ({ page }) => {
  for (const code of ["%3Cscript%3Ealert(1)%3C%2Fscript%3E", "AAAA", "x".repeat(3000)]) {
    await openApp(page, `progress=${code}`);
    await expect(page.locator(".notice", { hasText: "That share link could not be opened" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Shared progress" })).toHaveCount(0);
    await expect(page.locator(".progress-figure")).toHaveText("0/20 completed");
  }
});

test("reset asks first and can be undone", async ({ page }) => {
  await openApp(page);
  await topic(page, "Docker").click();
  await page.getByRole("button", { name: "Reset" }).click();
  await page.getByRole("button", { name: "Yes, reset everything" }).click();
  await expect(page.locator(".progress-figure")).toHaveText("0/20 completed");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  await page.reload();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
});

test("a second unreadable value is kept beside the first, and each can be downloaded", async ({ page }) => {
  // Two different damaged values, found on two visits (say, written by two newer versions).
  for (const damaged of ['{"version":2,"topics":"first"}', '{"version":2,"topics":"second"}']) {
    await openApp(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, damaged]);
    await page.reload();
    await expect(page.locator("html[data-ready]")).toHaveCount(1);
  }
  const notice = page.locator(".notice", { hasText: "Your saved progress could not be read" });
  await expect(notice).toContainText("with 1 earlier unreadable copy.");
  const buttons = notice.getByRole("button", { name: /Download the unreadable data, copy/ });
  await expect(buttons).toHaveCount(2);
  const texts = [];
  for (const i of [0, 1]) {
    const [download] = await Promise.all([page.waitForEvent("download"), buttons.nth(i).click()]);
    texts.push(readFileSync(await download.path(), "utf8"));
  }
  expect(texts).toEqual(['{"version":2,"topics":"first"}', '{"version":2,"topics":"second"}']);
  expect(await keptCopies(page)).toEqual(texts);
});

test("an import error names the problem, never the file's text", async ({ page }, info) => {
  await openApp(page);
  const sentence = "Restore it at https://evil.example/restore";
  const cases = [
    ["long.json", { topics: { http: { state: "x".repeat(300_000), changed: 1 } } }],
    ["sentence.json", { topics: { http: { state: sentence, changed: 1 } } }],
    ["type.json", { topics: { http: { state: "completed", changed: sentence } } }],
    ["id.json", { topics: { [sentence]: { state: sentence, changed: 1 } } }],
  ];
  for (const [name, progress] of cases) {
    const file = info.outputPath(name);
    writeFileSync(file, JSON.stringify({ format: "backend-roadmap-progress", version: 2, exported_at: 1, progress }));
    await page.getByLabel("Import", { exact: true }).setInputFiles(file);
    const notice = page.locator(".notice", { hasText: "That file was not imported" }).last();
    await expect(notice).toBeVisible();
    const text = await notice.locator("p").textContent();
    expect(text.length, text).toBeLessThan(200);
    expect(text).not.toContain("Restore");
    expect(text).not.toContain("evil");
    expect(text).not.toContain("xxxxxxxxxxxxx");
    await notice.getByRole("button", { name: "Dismiss" }).click();
  }
  // The roadmap stays clickable: no notice covers it.
  await topic(page, "Docker").click();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
});

test("replacing with an imported file says what it replaces and can be undone", async ({ page }, info) => {
  const file = info.outputPath("three.json");
  writeFileSync(file, JSON.stringify({ format: "backend-roadmap-progress", version: 2, exported_at: 1,
    progress: { topics: Object.fromEntries(["sql", "nosql", "indexing"].map((id) => [id, { state: "completed", changed: 1 }])), projects: {} } }));
  await openApp(page);
  for (const name of ["Docker", "Kubernetes"]) await topic(page, name).click();
  await page.getByLabel("Import", { exact: true }).setInputFiles(file);
  const panel = page.getByRole("group", { name: "Import progress" });
  await expect(panel).toContainText("Replace your 2 completed topics with the file's 3");
  await panel.getByRole("button", { name: "Replace" }).click();
  await expect(page.locator(".progress-figure")).toHaveText("3/20 completed");
  const undo = page.getByRole("group", { name: "Undo" });
  await expect(undo).toContainText("Your progress was replaced by the file's.");
  await undo.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".progress-figure")).toHaveText("2/20 completed");
  await expect(topic(page, "Docker")).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.locator(".progress-figure")).toHaveText("2/20 completed");
});

test("adopting a shared link says what it replaces and can be undone", async ({ page, browser }) => {
  await openApp(page);
  for (const name of ["HTTP & HTTPS", "DNS & Hosting", "Docker"]) await topic(page, name).click();
  await page.getByRole("button", { name: "Share link" }).click();
  const url = await page.getByLabel(/Your progress link/).inputValue();
  // The learner's own progress in another browser: one topic.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(new URL("./", url).href);
  await expect(other.locator("html[data-ready]")).toHaveCount(1);
  await topic(other, "Git Basics").click();
  await other.goto(url);
  await expect(other.locator("html[data-ready]")).toHaveCount(1);
  const banner = other.getByRole("region", { name: "Shared progress" });
  await expect(banner).toContainText("Adopting it replaces your 1 completed topic with this link's 3");
  await banner.getByRole("button", { name: "Adopt it (replace mine)" }).click();
  await expect(other.locator(".progress-figure")).toHaveText("3/20 completed");
  await other.getByRole("group", { name: "Undo" }).getByRole("button", { name: "Undo" }).click();
  await expect(other.locator(".progress-figure")).toHaveText("1/20 completed");
  await expect(topic(other, "Git Basics")).toHaveAttribute("aria-pressed", "true");
  await fresh.close();
});

test("a share link holds the page's address and the progress, nothing else", async ({ page }) => {
  const crafted = "embed=0&cta_url=https%3A%2F%2Fattacker.example%2Flogin&cta_label=Sign%20in&utm_source=x&theme=dark";
  await openApp(page, `${crafted}#faq`);
  await topic(page, "Docker").click();
  await page.getByRole("button", { name: "Share link" }).click();
  const url = new URL(await page.getByLabel(/Your progress link/).inputValue());
  expect(`${url.origin}${url.pathname}`).toBe(new URL("./", page.url()).href);
  expect([...url.searchParams.keys()]).toEqual(["progress"]);
  expect(url.hash).toBe("");
});

test("a learner can put their name in a share link; it shows as text, and older links still open", async ({ page, browser }) => {
  await openApp(page);
  for (const name of ["HTTP & HTTPS", "Docker"]) await topic(page, name).click();
  await page.getByRole("button", { name: "Share link" }).click();
  const plain = await page.getByLabel(/Your progress link/).inputValue();
  await page.getByLabel(/Your name in the link/).fill("Priya <b>K</b>");
  const named = await page.getByLabel(/Your progress link/).inputValue();
  expect(named).not.toBe(plain);
  expect(new URL(named).search).toMatch(/^\?progress=[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(named);
  await expect(other.locator("html[data-ready]")).toHaveCount(1);
  const banner = other.getByRole("region", { name: "Shared progress" });
  // The name is isolated (U+2068 ... U+2069) so that a right-to-left name cannot reorder the sentence.
  await expect(banner).toContainText("You are viewing shared progress from \u2068Priya <b>K</b>\u2069 (2/20 completed)");
  await expect(banner.locator("b")).toHaveCount(0);
  await banner.getByRole("button", { name: "Back to my progress" }).click();
  // A link made before names (format 1: states only) still opens.
  await other.goto(new URL("./?progress=ARSqAAAAAAYAAF4", named).href);
  await expect(banner).toContainText("You are viewing shared progress (4/20 completed)");
  await fresh.close();
});

test("saving resumes once a full storage has room again, and nothing marked meanwhile is lost", async ({ page }) => {
  // Storage fills up after the page has started; the learner frees space later.
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__full) throw new DOMException("full", "QuotaExceededError");
      return set.call(this, k, v);
    };
  });
  await openApp(page);
  await page.evaluate(() => { window.__full = true; });
  await topic(page, "Git Basics").click();
  await expect(page.locator(".notice")).toContainText("Progress can't be saved in this browser here");
  await page.evaluate(() => { window.__full = false; });
  await topic(page, "Docker").click();
  await expect(page.locator(".notice", { hasText: "Saving works again" })).toBeVisible();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).topics, KEY);
  expect(stored["git"].state).toBe("completed");
  expect(stored["docker"].state).toBe("completed");
  await page.reload();
  await expect(page.locator(".progress-figure")).toHaveText("2/20 completed");
});
