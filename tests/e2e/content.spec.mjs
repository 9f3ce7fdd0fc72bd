// The whole seed content is on the page, accessible, error-free, served from a sub-path.
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.mjs";

const SECTIONS = ["Internet Fundamentals", "Programming Language", "Version Control", "Databases", "APIs", "Security", "DevOps Basics"];
const MILESTONES = [
  "You understand how the web works!", "You can write backend code!", "You can work with databases!",
  "You can build APIs!", "You are a professional Backend Developer!",
];

test("the page holds the seed content with one h1 and a heading outline", async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Backend Developer Roadmap 2026/);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend Developer Roadmap");
  await expect(page.getByText("2026 Roadmap", { exact: true })).toBeVisible();
  for (const fact of ["5-8 Months at 14 h/week", "Intermediate", "High Demand"]) {
    await expect(page.locator(".hero-facts").getByText(fact, { exact: true })).toBeVisible();
  }
  for (const h of ["What is a Backend Developer?", "Learning Roadmap", "Backend Developer Salaries 2026", "Project Ideas",
    "Frequently Asked Questions", "Ready to Start Your Backend Journey?", "Common Mistakes to Avoid",
    "Real-World Backend Architecture", "Backend Developer Career Path"]) {
    await expect(page.getByRole("heading", { level: 2, name: h })).toBeVisible();
  }
  const sectionHeadings = page.locator("#roadmap h3").filter({ hasText: new RegExp(`^(${SECTIONS.join("|")})$`) });
  await expect(sectionHeadings).toHaveText(SECTIONS);
  await expect(page.locator("#roadmap .topic-toggle")).toHaveCount(20);
  for (const m of MILESTONES) await expect(page.locator(".milestone", { hasText: m })).toHaveCount(1);
  await expect(page.locator(".check-list").first().locator("li")).toHaveCount(8);
});

test("salaries, projects, FAQ and the rest of the seed are shown", async ({ page }) => {
  await openApp(page);
  const salaries = page.locator("#salaries");
  for (const text of ["Entry (0-2 yrs)", "$65K - $90K", "$77K", "Lead (8+ yrs)", "$190K - $280K+", "$230K",
    "Fresher (0-1 yr)", "₹4L - ₹8L", "₹6L", "Senior (5+ yrs)", "₹28L - ₹55L+", "₹38L", "$300K+ with equity"]) {
    await expect(salaries).toContainText(text);
  }
  await expect(page.locator("#projects .project")).toHaveCount(6);
  for (const title of ["REST API", "Authentication System", "Blog API", "E-Commerce Backend", "Real-time Chat", "URL Shortener"]) {
    await expect(page.getByRole("heading", { level: 3, name: title, exact: true })).toBeVisible();
  }
  await expect(page.locator("#faq summary")).toHaveCount(6);
  await expect(page.locator("#faq")).toContainText("About 5-8 months at 14 hours a week (two hours a day)");
  for (const text of ["Skipping fundamentals", "Not building projects", "Ignoring system design", "Lack of consistency"]) {
    await expect(page.locator("#mistakes")).toContainText(text);
  }
  for (const text of ["Client", "Load balancer", "API", "Server", "Cache", "Database"]) {
    await expect(page.locator("#architecture .arch-list")).toContainText(text);
  }
  for (const level of ["Beginner", "Intermediate", "Advanced"]) {
    await expect(page.locator("#career").getByRole("heading", { name: level })).toBeVisible();
  }
});

test("axe finds no accessibility violations", async ({ page }) => {
  await openApp(page);
  await expectNoAxeViolations(page);
});

test("served from a sub-path, every asset resolves relative to it", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await openApp(page);
  const local = requests.filter((p) => !p.startsWith("/roadmap/"));
  expect(local).toEqual([]);
  expect(requests.some((p) => p.endsWith(".wasm"))).toBe(true);
});
