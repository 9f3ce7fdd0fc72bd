// A tap made while the app is still loading on a slow phone is not lost: it shows at once,
// and the topic ends marked and saved once the app is ready.
import { test, expect, topic, seedProgress, STORAGE_KEY as KEY } from "./fixtures.mjs";
import { throttleLikeAPhone } from "../../scripts/phone-profile.mjs";


test("a topic tapped before the app is ready ends marked and saved", async ({ page }) => {
  test.setTimeout(90_000);
  await throttleLikeAPhone(page);
  await page.goto("./", { waitUntil: "commit" });
  const docker = topic(page, "Docker");
  await docker.waitFor({ state: "visible", timeout: 60_000 });
  const git = topic(page, "Git Basics");
  // Both taps land while the app is still loading (no part is live yet).
  expect(await page.locator("[data-live]").count()).toBe(0);
  await docker.click();
  await git.click();
  await git.click();
  expect(await page.locator("html[data-ready]").count(), "the taps came before the app was ready").toBe(0);
  await expect(docker).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("#state-docker")).toHaveText("Completed");
  await expect(git).toHaveAttribute("aria-pressed", "false");

  await expect(page.locator("html[data-ready]")).toHaveCount(1, { timeout: 60_000 });
  await expect(docker).toHaveAttribute("aria-pressed", "true");
  await expect(git).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  expect(stored.topics.docker.state).toBe("completed");
  expect(stored.topics.git?.state ?? "not-started").toBe("not-started");
  // The plan adds the tap up too: its hours left are those a fresh page shows for this progress.
  const plan = await page.locator(".plan-summary").innerText();
  const fresh = await page.context().newPage();
  await fresh.goto("./");
  await expect(fresh.locator("html[data-ready]")).toHaveCount(1);
  await expect(fresh.locator(".plan-summary")).toHaveText(plan);
  await fresh.close();
  // Once live, the same button toggles as usual, from the state the learner sees.
  await docker.click();
  await expect(docker).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".progress-figure")).toHaveText("0/20 completed");
});

test("an early tap on a topic saved as completed does what the learner saw", async ({ page }) => {
  test.setTimeout(90_000);
  await seedProgress(page, JSON.stringify({ version: 2, topics: { docker: { state: "completed", changed: 5 } }, projects: {} }));
  await throttleLikeAPhone(page);
  await page.goto("./", { waitUntil: "commit" });
  const docker = topic(page, "Docker");
  await docker.waitFor({ state: "visible", timeout: 60_000 });
  // Saved progress is not on screen yet: the learner sees Docker not started and taps it.
  await expect(docker).toHaveAttribute("aria-pressed", "false");
  await docker.click();
  expect(await page.locator("html[data-ready]").count()).toBe(0);
  await expect(page.locator("html[data-ready]")).toHaveCount(1, { timeout: 60_000 });
  await expect(docker).toHaveAttribute("aria-pressed", "true");
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  expect(stored.topics.docker.state).toBe("completed");
});
