// A bootcamp's own roadmap with no rebuild (`?roadmap=NAME`, src/custom/): the example file
// shipped in dist/roadmaps/ (3 sections, 8 topics, other milestones, one project, its own FAQ),
// progress kept per roadmap, export files and share links that name their roadmap, embed mode,
// the cohort view of its class, files that do not validate, and a roadmap of 500 topics.
import { readFileSync } from "node:fs";
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.mjs";

const FILE = "roadmap=web-foundations";
const TOGGLE = ".topic-toggle";

/** Serve `body` as the roadmap file `name` (same origin, as a bootcamp's host would). */
async function serveRoadmap(page, name, body) {
  await page.route(`**/roadmaps/${name}.json`, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: typeof body === "string" ? body : JSON.stringify(body) }),
  );
}

test("a roadmap file of another shape is shown: toggles, details, progress and milestones", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await openApp(page, FILE);
  await expect(page).toHaveTitle("Web Foundations Bootcamp: progress tracker");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Web Foundations Bootcamp");
  await expect(page.getByText("8 topics in 3 sections, about 49 to 81 hours of study (1 topic not estimated).")).toBeVisible();
  await expect(page.locator(TOGGLE)).toHaveCount(8);
  await expect(page.getByRole("button", { name: "How the Internet Works" })).toHaveCount(0);
  // The built-in page's wasm is not loaded; the views wasm and the file are.
  expect(requested.filter((p) => /backend-roadmap-.*\.wasm$/.test(p))).toEqual([]);
  expect(requested.filter((p) => p.endsWith("/roadmaps/web-foundations.json"))).toHaveLength(1);

  const section = page.locator('.path-node[data-section="page"]');
  await expect(section.getByRole("heading", { name: "The Page" })).toBeVisible();
  await expect(section.getByText("Headings, landmarks, lists, links and forms")).toBeVisible();
  for (const topic of ["Semantic HTML", "CSS Layout"]) await page.getByRole("button", { name: topic, exact: true }).click();
  await page.getByRole("button", { name: "Accessibility", exact: true }).focus();
  await page.keyboard.press("s"); // skipped counts toward progress
  await expect(section.locator(".milestone")).toContainText("You can build an accessible page! Unlocked");
  await expect(page.locator(".progress-figure")).toHaveText("3/8: 2 completed, 1 skipped");
  await expect(page.locator(".milestone").last()).toContainText("Locked");

  await page.getByRole("button", { name: "Details: Semantic HTML" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Structure is what browsers, search engines and screen readers understand first.");
  await expect(dialog).toContainText("6-10 hours");
  await expect(dialog.getByRole("link", { name: "MDN: HTML basics" })).toHaveAttribute("href", /^https:\/\/developer\.mozilla\.org\//);
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Details: Accessibility" }).click();
  await expect(dialog).toContainText("Estimated time to learn: not given by this roadmap");
  await page.keyboard.press("Escape");

  // Its project follows its topics; its FAQ is its own.
  const project = page.locator(".project").filter({ hasText: "Portfolio Site" });
  await expect(project.getByText("Complete first:")).toBeVisible();
  await expect(project.locator(".missing a:not([hidden])")).toHaveText(["Deploying a Static Site"]);
  await expect(page.getByText("Do I need to know programming before the bootcamp?")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("on a phone the page's length is its own: it does not jump as the learner scrolls", async ({ page }) => {
  // (The built-in page's sections carry estimates of their own heights; a file's page must not.)
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, FILE);
  const length = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < length; y += 700) await page.evaluate((y) => scrollTo(0, y), y);
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(length);
});

test("progress is kept per roadmap: ticking one never changes the other", async ({ page }) => {
  await openApp(page, FILE);
  await page.getByRole("button", { name: "Semantic HTML", exact: true }).click();
  await expect(page.locator(".progress-figure")).toHaveText("1/8 completed");

  await openApp(page);
  await expect(page.locator(".progress-figure")).toHaveText("0/20 completed");
  await page.getByRole("button", { name: "Git Basics", exact: true }).click();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");

  await openApp(page, FILE);
  await expect(page.locator(".progress-figure")).toHaveText("1/8 completed");
  await expect(page.getByRole("button", { name: "Semantic HTML", exact: true })).toHaveAttribute("aria-pressed", "true");
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("progress")).sort());
  expect(keys).toEqual(["backend-roadmap:progress", "backend-roadmap:progress@web-foundations"]);
});

test("export files and share links name their roadmap; another roadmap's file changes nothing", async ({ page, browser }, info) => {
  await openApp(page, FILE);
  await page.getByRole("button", { name: "CSS Layout", exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^web-foundations-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, "utf8")).roadmap).toBe("web-foundations");

  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.getByLabel(/Your progress link/).inputValue();
  expect(link).toBe(`${info.project.use.baseURL}?roadmap=web-foundations&progress=${new URL(link).searchParams.get("progress")}`);

  // Into the built-in roadmap, the file is refused and nothing changes.
  await openApp(page);
  await page.getByRole("button", { name: "HTTP & HTTPS", exact: true }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.locator(".notices")).toContainText(
    // The id is longer than the few characters a message repeats.
    "That file was not imported: it holds progress on another roadmap (…), not this one. Nothing was changed.",
  );
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");

  // The link opens the roadmap file's page, read-only, in another browser.
  const other = await browser.newContext({ baseURL: info.project.use.baseURL });
  const viewer = await other.newPage();
  await viewer.goto(link);
  await expect(viewer.locator("html[data-ready]")).toHaveCount(1);
  await expect(viewer.getByText("You are viewing shared progress")).toBeVisible();
  await expect(viewer.getByRole("button", { name: "CSS Layout", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(viewer.locator(TOGGLE)).toHaveCount(8);
  await other.close();
});

test("embedded with every embed parameter", async ({ page }) => {
  await page.goto(`./?${FILE}&embed=1&theme=dark&accent=0a7d5c&sections=roadmap,cta&cta_url=https://school.example/apply&cta_label=Apply%20now`);
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-embed", "");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator("#hero")).toBeHidden();
  await expect(page.locator("#projects")).toBeHidden();
  await expect(page.locator("#roadmap")).toBeVisible();
  const cta = page.getByRole("link", { name: "Apply now" });
  await expect(cta).toHaveAttribute("href", "https://school.example/apply");
  await expect(cta).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim())).toBe("#0a7d5c");
});

test("the cohort view of a roadmap file reads its learners' links and leaves others out", async ({ page, browser }, info) => {
  const baseURL = info.project.use.baseURL;
  const links = [];
  for (const [name, topics] of [["Ana", ["Semantic HTML", "CSS Layout", "Accessibility"]], ["Ben", ["Git and GitHub"]], ["Chloé", []]]) {
    const context = await browser.newContext({ baseURL });
    const learner = await context.newPage();
    await openApp(learner, FILE);
    for (const topic of topics) await learner.getByRole("button", { name: topic, exact: true }).click();
    await learner.getByRole("button", { name: "Share link" }).click();
    await learner.getByLabel(/Your name in the link/).fill(name);
    links.push(await learner.getByLabel(/Your progress link/).inputValue());
    await context.close();
  }
  await page.goto(`./?${FILE}&view=cohort`);
  await page.getByLabel("Progress links").fill([...links, `${baseURL}?progress=AAAA`].join("\n"));
  await page.getByRole("button", { name: "Show the class" }).click();
  await expect(page.getByRole("heading", { name: "3 learners" })).toBeVisible();
  const table = page.getByRole("table", { name: "3 learners", exact: true });
  await expect(table.locator("thead th")).toHaveText(["Learner", "The Page", "JavaScript", "Shipping", "Overall", "Last activity"]);
  await expect(table.locator("tbody tr").first()).toContainText("Ana100%0%0%37%");
  await expect(page.getByText("Line 4: a link for another roadmap.")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  const csv = readFileSync(await download.path(), "utf8").split("\r\n");
  expect(csv[0]).toMatch(/^"Learner","The Page %","JavaScript %","Shipping %","Overall %"/);
  await page.getByRole("link", { name: "Back to the roadmap" }).click();
  await expect(page).toHaveURL(/\?roadmap=web-foundations$/);
  await expect(page.locator(TOGGLE)).toHaveCount(8);
});

test("a file that does not validate is listed problem by problem, and nothing else breaks", async ({ browser }, info) => {
  // No service worker: it would fetch the file itself, past the route that serves it.
  const context = await browser.newContext({ baseURL: info.project.use.baseURL, serviceWorkers: "block" });
  const page = await context.newPage();
  await serveRoadmap(page, "broken", {
    id: "broken",
    title: "Broken",
    sections: [{ id: "s", title: "S", topics: [{ title: "No id" }, { id: "t", title: "T", resources: [{ label: "x", url: "javascript:alert(1)" }] }] }],
  });
  await openApp(page);
  await page.getByRole("button", { name: "Git Basics", exact: true }).click();
  await page.goto("./?roadmap=broken");
  await expect(page.getByRole("heading", { name: "This roadmap can't be shown" })).toBeVisible();
  const problems = page.locator(".custom-problems li");
  await expect(problems).toHaveText([
    "sections[0].topics[0].id: missing",
    /^sections\[0\]\.topics\[1\]\.resources\[0\]\.url: an http: or https: address/,
  ]);
  await expect(page.locator("body")).not.toContainText("javascript:");
  // The built-in roadmap and its progress are untouched.
  await page.getByRole("link", { name: "Open this site's roadmap" }).click();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  await context.close();
});

test("hostile names are refused, missing files said so, and HTML in a file stays text", async ({ page, problems }) => {
  for (const name of ["..%2Fsecrets", "https%3A%2F%2Fevil.example%2Fx", "%3Cimg%20src%3Dx%3E"]) {
    await page.goto(`./?roadmap=${name}`);
    await expect(page.locator(".custom-refused")).toContainText("The roadmap named in this address is not a roadmap file's name");
    await expect(page.locator(".custom-refused img")).toHaveCount(0);
  }
  await page.goto("./?roadmap=nope");
  await expect(page.locator(".custom-refused")).toContainText("This site has no roadmap file by the name in this address.");
  // The one failed request is the missing file's.
  expect(problems.list.every((p) => p.includes("404"))).toBe(true);
  problems.list.length = 0;

  await serveRoadmap(page, "html", {
    id: "html",
    title: '<img src=x onerror="window.pwned=1">Course',
    sections: [{ id: "s", title: "<b>S</b>", topics: [{ id: "t", title: "<script>window.pwned=2</script>", summary: "<i>x</i>" }] }],
  });
  await openApp(page, "roadmap=html");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('<img src=x onerror="window.pwned=1">Course');
  await expect(page.locator(TOGGLE)).toHaveText("<script>window.pwned=2</script>");
  await expect(page.locator(".view-root img, .view-root b, .view-root i")).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

test("a roadmap of 500 topics in 30 sections works by keyboard at 320 px", async ({ page }) => {
  test.slow();
  const sections = Array.from({ length: 30 }, (_, s) => ({
    id: `s${s}`,
    title: `Section ${s + 1}`,
    topics: Array.from({ length: s < 20 ? 17 : 16 }, (_, t) => ({ id: `t${s}-${t}`, title: `Topic ${s + 1}.${t + 1}`, hours: { low: 1, high: 2 } })),
  }));
  await serveRoadmap(page, "big", { id: "big", title: "A long course", sections });
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, "roadmap=big");
  await expect(page.locator(TOGGLE)).toHaveCount(500);
  const toggle = page.getByRole("button", { name: "Topic 30.16", exact: true });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".progress-figure")).toHaveText("1/500 completed");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});

test("when the views wasm cannot be fetched, the page says so instead of loading forever", async ({ page, problems }) => {
  await page.route(/\/views-[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto(`./?${FILE}`);
  await expect(page.locator("html")).toHaveAttribute("data-view", "failed");
  expect(await page.evaluate(() => getComputedStyle(document.body, "::before").content)).toBe(
    '"This page could not be loaded. Check your connection and reload."',
  );
  // The one failure is the refused script.
  expect(problems.all().every((p) => /views-[0-9a-f]+\.js/.test(p) || p.includes("ERR_FAILED"))).toBe(true);
  problems.list.length = 0;
});
