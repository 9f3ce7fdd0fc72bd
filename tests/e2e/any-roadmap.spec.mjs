// Any roadmap is first-class (issue 31): a bootcamp's file gets the same names, links and
// honesty as the built-in roadmap. Files served at run time (`?roadmap=NAME`): ids that could
// collide with the app's own, files that leave hours, why, resources or milestones out,
// Persian and emoji titles, the links and calendar of a file's page, its embed builder, and
// two embeds pasted on one host page.
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.mjs";

/** Serve `file` (an object) as the roadmap file of its id, same origin, as a bootcamp's host would. */
async function serve(page, file) {
  await page.route(`**/roadmaps/${file.id}.json`, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(file) }),
  );
}

const topic = (id, extra = {}) => ({ id, title: `Topic ${id}`, summary: `About ${id}.`, ...extra });

/** The ids used more than once in the page. */
const duplicateIds = (page) =>
  page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });

test("topics called note, details, link, x and x-state each show their details and note field, with no duplicate id", async ({ page }) => {
  const ids = ["note", "details", "link", "x", "x-state"];
  await serve(page, {
    id: "clash",
    title: "Colliding ids",
    sections: [{
      id: "s",
      title: "Section",
      topics: ids.map((id) => topic(id, { why: `Why ${id}.`, hours: { low: 2, high: 4 }, resources: [{ label: `Docs for ${id}`, url: `https://example.org/${id}` }] })),
    }],
  });
  await openApp(page, "roadmap=clash");
  expect(await duplicateIds(page)).toEqual([]);
  const dialog = page.getByRole("dialog");
  for (const id of ids) {
    await page.getByRole("button", { name: `Details: Topic ${id}`, exact: true }).click();
    await expect(dialog.getByRole("heading", { name: `Topic ${id}` })).toBeVisible();
    await expect(dialog).toContainText(`Why ${id}.`);
    await expect(dialog).toContainText("2-4 hours");
    await expect(dialog.getByRole("link", { name: `Docs for ${id}` })).toHaveAttribute("href", `https://example.org/${id}`);
    await expect(dialog.getByLabel("Your note")).toBeVisible();
    expect(await duplicateIds(page)).toEqual([]);
    await page.keyboard.press("Escape");
  }
  // Each toggle says its own state.
  await page.getByRole("button", { name: "Topic x", exact: true }).click();
  await expect(page.locator("#state-x")).toHaveText("Completed");
  await expect(page.locator("#state-x-state")).toHaveText("Not started");
});

test("a file without hours, why, resources or milestones says what it leaves out and shows no empty heading", async ({ page }) => {
  await serve(page, {
    id: "bare",
    title: "Bare Bootcamp",
    sections: [{ id: "s", title: "Only section", topics: [topic("a"), topic("b"), topic("c")] }],
    projects: [{ id: "p", title: "A project", level: "beginner", description: "Build it.", needs: ["a"] }],
  });
  await openApp(page, "roadmap=bare");
  await expect(page.getByText("3 topics in 1 section, with no time estimates.")).toBeVisible();
  const plan = page.locator(".plan-summary");
  await expect(plan).toHaveText("3 topics have no estimate, so the plan cannot give a finish date.");
  await expect(page.locator(".section-hours")).toHaveText("3 not estimated");
  await expect(page.getByRole("button", { name: "Add the plan to my calendar (.ics)" })).toBeEnabled();
  // No milestones: no badges heading, no milestone in the legend; a project without `learn`
  // has no "You will learn" line.
  await expect(page.getByRole("heading", { name: "Milestone badges" })).toHaveCount(0);
  await expect(page.locator(".legend")).not.toContainText("Milestone");
  await expect(page.locator(".project")).toContainText("Build it.");
  await expect(page.locator(".project")).not.toContainText("You will learn");
  await page.getByRole("button", { name: "Details: Topic a" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Topic a" })).toBeVisible();
  await expect(dialog).toContainText("Estimated time to learn: not given by this roadmap");
  await expect(dialog.getByRole("heading", { name: "Why it matters" })).toHaveCount(0);
  await expect(dialog.getByRole("heading", { name: "Resources" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  // Completing one leaves two unknown, never "done".
  await page.getByRole("button", { name: "Topic a", exact: true }).click();
  await expect(plan).toHaveText("2 topics have no estimate, so the plan cannot give a finish date.");
  await expectNoAxeViolations(page);
});

test("a file with some hours missing: the totals and the finish date say how many they leave out", async ({ page }) => {
  await serve(page, {
    id: "part",
    title: "Partly Estimated",
    sections: [{ id: "s", title: "Section", topics: [topic("a", { hours: { low: 10, high: 20 } }), topic("b"), topic("c")] }],
  });
  await openApp(page, "roadmap=part");
  await expect(page.getByText("3 topics in 1 section, about 10 to 20 hours of study (2 topics not estimated).")).toBeVisible();
  await expect(page.locator(".plan-summary")).toHaveText(
    /^About 15 hours left, and 2 topics have no estimate\. At 14 hours a week you finish the estimated topics around \d{1,2} \w{3} \d{4}\.$/,
  );
});

test("at 320 px a long word in a section or project title wraps instead of widening the page", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await serve(page, {
    id: "long",
    title: "Bootcamp",
    sections: [{ id: "s", title: "PostgreSQL/MySQL/SQLite/MariaDB", topics: [topic("a", { title: "Internationalization" })] }],
    projects: [{ id: "p", title: "Internationalization", level: "intermediate", description: "D.", needs: ["a"] }],
  });
  await openApp(page, "roadmap=long");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The section's figure and the project's level stay inside the screen's width.
  for (const selector of [".section-figure", ".project .level"]) {
    expect(await page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
  }
});

test("a file that cannot be shown, and a file's class, name themselves in the tab", async ({ page, problems }) => {
  await page.goto("./?roadmap=web-foundations&view=cohort");
  await expect(page).toHaveTitle("Your class: Web Foundations Bootcamp");
  await page.goto("./?roadmap=no-such-file");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This roadmap can't be shown");
  await expect(page).toHaveTitle("This roadmap can't be shown");
  problems.list.length = 0; // the missing file's 404
});

test("titles in Persian (with ZWNJ) and emoji sequences (with ZWJ) are shown as written", async ({ page }) => {
  const persian = "برنامه\u200cنویسی وب";
  const emoji = "\u{1F469}\u200d\u{1F4BB} Pair programming";
  await serve(page, {
    id: "scripts",
    title: persian,
    sections: [{ id: "s", title: "Section", topics: [topic("pair", { title: emoji })] }],
  });
  await openApp(page, "roadmap=scripts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(persian);
  await expect(page.getByRole("button", { name: emoji, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`${persian}: progress tracker`);
});

test("on a file's page the dialog's link, the calendar and its events keep ?roadmap=NAME and name the roadmap", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, "roadmap=web-foundations");
  await page.getByRole("button", { name: "Details: Semantic HTML" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link to this topic copied.")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(new URL("./?roadmap=web-foundations#topic-html", page.url()).href);
  await page.keyboard.press("Escape");
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole("dialog", { name: "Semantic HTML" })).toBeVisible();
  await other.close();

  const calendar = async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Add the plan to my calendar (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("web-foundations-plan.ics");
    return (await (await download.createReadStream()).toArray()).map(String).join("").replace(/\r\n /g, "");
  };
  const first = await calendar();
  expect(first).toContain("X-WR-CALNAME:Web Foundations Bootcamp study plan");
  expect(first).toContain(`URL:${new URL("./?roadmap=web-foundations#topic-html", page.url()).href}`);
  expect(first).not.toMatch(/Backend/);
  // Downloaded again after some progress, the same topics keep their UIDs: a calendar updates
  // its events instead of adding a second set.
  const uids = (ics) => ics.match(/^UID:.*$/gm);
  await page.getByRole("button", { name: "Semantic HTML", exact: true }).click();
  const second = await calendar();
  expect(uids(second)).toEqual(uids(first).slice(1));
  expect(uids(first).every((u) => u.includes("web-foundations"))).toBe(true);
});

test("the embed builder on a file's page embeds that file; two pasted embeds on one host page each keep their own height", async ({ page }) => {
  // Opened by the page's file name: the one-line embed's script is still the one beside it.
  await page.goto("./index.html?roadmap=web-foundations");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await page.getByText("Embed this roadmap").click();
  const preview = page.frameLocator("iframe[name=embed-preview]");
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("Web Foundations Bootcamp");
  const snippet = page.getByLabel("Snippet to paste into your page");
  await expect(snippet).toHaveValue(/\?roadmap=web-foundations&amp;embed=1/);
  await expect(snippet).toHaveValue(/title="Web Foundations Bootcamp"/);
  const tall = await snippet.inputValue();
  // A second, shorter embed of the same roadmap: the roadmap only.
  // It offers the sections this roadmap's page has, and no other.
  const offered = page.locator(".embed-form fieldset").first().locator("label");
  await expect(offered).toHaveText(["Introduction", "Roadmap and progress", "Project ideas", "FAQ", "Call to action"]);
  for (const label of ["Introduction", "Project ideas", "FAQ", "Call to action"]) await page.getByLabel(label, { exact: true }).uncheck();
  await expect(snippet).not.toHaveValue(tall);
  const short = await snippet.inputValue();
  await page.getByLabel("One line: a script that adds the iframe").check();
  await expect(snippet).toHaveValue(/data-options="roadmap=web-foundations&amp;embed=1/);
  await expect(snippet).toHaveValue(new RegExp(`^<script src="${new URL("./embed.js", page.url()).href}"`));
  await expect(snippet).toHaveValue(/data-title="Web Foundations Bootcamp"/);

  await page.goto(`http://localhost:4174/paste.html#${encodeURIComponent(tall + "\n" + short)}`);
  const frames = page.locator("iframe");
  await expect(frames).toHaveCount(2);
  for (const i of [0, 1]) {
    await expect(frames.nth(i)).toHaveAttribute("title", "Web Foundations Bootcamp");
    // The frames load lazily, as the host's visitor scrolls to them.
    await frames.nth(i).scrollIntoViewIfNeeded();
    await expect(page.frameLocator(`iframe >> nth=${i}`).locator("html[data-ready]")).toHaveCount(1);
  }
  // Each frame is as tall as its own content: the shorter one is not stretched to the other.
  const heights = () => page.evaluate(() => [...document.querySelectorAll("iframe")].map((f) => f.style.height));
  await expect.poll(async () => (await heights()).every((h) => h !== "800px")).toBe(true);
  const contentHeights = await Promise.all([0, 1].map((i) =>
    page.frameLocator(`iframe >> nth=${i}`).locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height))));
  await expect.poll(heights).toEqual(contentHeights.map((h) => `${h}px`));
  expect(contentHeights[0]).toBeGreaterThan(contentHeights[1]);
});
