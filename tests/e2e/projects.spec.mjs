// Project cards follow progress; filters live in the URL; FAQ is keyboard operable.
import { test, expect, openApp, expectNoAxeViolations, topic } from "./fixtures.mjs";

const card = (page, title) => page.locator(".project", { has: page.getByRole("heading", { name: title, exact: true }) });

test("a card turns 'Ready to build' once its topics are completed", async ({ page }) => {
  await openApp(page);
  const auth = card(page, "Authentication System");
  const missing = auth.locator(".missing a:visible");
  await expect(auth.getByText("Complete first:")).toBeVisible();
  await expect(missing).toHaveText(["A Backend Language", "REST & HTTP Methods", "Authentication & Authorization"]);
  await expect(auth.getByRole("link", { name: "REST & HTTP Methods" })).toHaveAttribute("href", "#topic-rest");
  await expect(auth.getByText("Ready to build")).toBeHidden();
  // The separators a reader sees between the topics (drawn by CSS, so read from the styles).
  const separators = await missing.evaluateAll((links) => links.slice(1).map((a) => getComputedStyle(a, "::before").content));
  expect(separators).toEqual(['", "', '", "']);
  for (const name of ["A Backend Language", "REST & HTTP Methods"]) await topic(page, name).click();
  await expect(missing).toHaveText(["Authentication & Authorization"]);
  await topic(page, "Authentication & Authorization").click();
  await expect(auth.getByText("Ready to build")).toBeVisible();
  await expect(auth.getByText("Complete first:")).toBeHidden();
  await expect(missing).toHaveCount(0);
});

test("level and tag filters narrow the cards and are kept in the URL", async ({ page }) => {
  await openApp(page);
  const filters = page.getByRole("group", { name: "Filter projects" });
  await filters.getByRole("button", { name: "Advanced" }).click();
  await expect(page.locator(".project:visible")).toHaveCount(2);
  await filters.getByText("Tech: any").click();
  await filters.getByRole("button", { name: "MongoDB" }).click();
  await expect(filters.getByText("Tech: MongoDB")).toBeVisible();
  await expect(page.locator(".project:visible")).toHaveCount(1);
  await expect(card(page, "Real-time Chat")).toBeVisible();
  await expect(page).toHaveURL(/level=advanced/);
  await expect(page).toHaveURL(/tag=MongoDB/);
  await expect(filters).toContainText("1 of 6 projects shown.");
  await filters.getByRole("button", { name: "Beginner" }).click();
  await filters.getByRole("button", { name: "Advanced" }).click();
  await expect(page.locator(".project:visible")).toHaveCount(0);
  await expect(page.getByText("No project matches these filters.")).toBeVisible();
  await filters.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.locator(".project:visible")).toHaveCount(6);
  await expect(page).not.toHaveURL(/level=|tag=/);
});

test("a filter link reproduces the filter, and hostile values are ignored", async ({ page }) => {
  await openApp(page, "level=intermediate&tag=Redis");
  await expect(page.locator(".project:visible")).toHaveCount(1);
  await expect(card(page, "URL Shortener")).toBeVisible();
  await expect(page.getByRole("button", { name: "Intermediate" })).toHaveAttribute("aria-pressed", "true");
  await openApp(page, "level=%3Cscript%3E&tag=%22%3E%3Cimg%20src%3Dx%3E");
  await expect(page.locator(".project:visible")).toHaveCount(6);
});

test("marking a project Built counts it and survives a reload", async ({ page }) => {
  await openApp(page);
  const blog = card(page, "Blog API");
  await blog.getByRole("button", { name: "Built" }).click();
  await expect(blog.getByRole("button", { name: "Built" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("1/6 projects built")).toBeVisible();
  await card(page, "Real-time Chat").getByRole("button", { name: "Building" }).click();
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(card(page, "Blog API").getByRole("button", { name: "Built" })).toHaveAttribute("aria-pressed", "true");
  await expect(card(page, "Real-time Chat").getByRole("button", { name: "Building" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("1/6 projects built")).toBeVisible();
});

test("FAQ answers open by keyboard and the page carries FAQ structured data", async ({ page }) => {
  await openApp(page);
  const summary = page.locator("#faq summary", { hasText: "Do you need system design skills?" });
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Yes, in particular for mid-level and senior roles.")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByText("Yes, in particular for mid-level and senior roles.")).toBeHidden();
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  expect(ld["@type"]).toBe("FAQPage");
  expect(ld.mainEntity.map((q) => q.name)).toContain("Do you need system design skills?");
});

test("career levels follow progress; architecture boxes and the CTA lead to topics", async ({ page }) => {
  await openApp(page);
  const beginner = page.locator(".career-level", { hasText: "Beginner" });
  await expect(beginner).toContainText("0/8 topics completed");
  await topic(page, "Git Basics").click();
  await expect(beginner).toContainText("1/8 topics completed");
  await expect(page.locator("#architecture svg a[href='#topic-sql']")).toHaveCount(1);
  await expect(page.locator("#architecture").getByRole("link", { name: "Topic: SQL Databases" })).toHaveAttribute("href", "#topic-sql");
  await expect(page.locator("#cta").getByRole("link", { name: "Continue with How the Internet Works" })).toHaveAttribute("href", "#topic-how-the-internet-works");
  await expectNoAxeViolations(page, "#projects");
  await expectNoAxeViolations(page, "#career");
});
