// Salary charts: every level and typical value, an honest comparison, tables, phones.
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.mjs";

const US = [["Entry (0-2 yrs)", "$77K"], ["Mid (2-5 yrs)", "$115K"], ["Senior (5-8 yrs)", "$160K"], ["Lead (8+ yrs)", "$230K"]];
const INDIA = [["Fresher (0-1 yr)", "₹6L"], ["Junior (1-3 yrs)", "₹10L"], ["Mid (3-5 yrs)", "₹20L"], ["Senior (5+ yrs)", "₹38L"]];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The visible chart in a container (one of its two layouts is shown). */
const visibleChart = (scope) => scope.locator(".chart:visible svg[role='img']");

test("each country's chart shows every level with its typical value", async ({ page }) => {
  await openApp(page);
  for (const [name, rows] of [["United States (USD/Year)", US], ["India (INR/Year)", INDIA]]) {
    const card = page.locator("figure", { has: page.getByRole("heading", { name }) });
    const chart = visibleChart(card);
    await expect(chart).toHaveCount(1);
    for (const [level, typical] of rows) {
      await expect(chart.locator("text", { hasText: level })).toHaveCount(1);
      // Typical values are the bold labels under the markers (axis ticks are not bold).
      await expect(chart.locator("text[font-weight='bold']").filter({ hasText: new RegExp(`^\\s*${escape(typical)}\\s*$`) })).toHaveCount(1);
    }
    await expect(chart).toHaveAccessibleName(/backend developer salaries per year by level/);
  }
  await expect(page.locator("#salaries")).toContainText("$300K+ with equity");
  await expect(page.locator("#salaries")).toContainText("cloud expertise (AWS/GCP) and system design skills");
});

test("the data tables carry the same numbers as the charts", async ({ page }) => {
  await openApp(page);
  const card = page.locator("figure", { has: page.getByRole("heading", { name: "India (INR/Year)" }) });
  await card.getByText("Show the numbers as a table").click();
  const table = card.getByRole("table", { name: "India (INR/Year)" });
  await expect(table).toBeVisible();
  for (const [level, typical] of INDIA) {
    await expect(table.getByRole("row", { name: new RegExp(escape(level)) })).toContainText(typical);
  }
  await expect(table.getByRole("row", { name: /Senior/ })).toContainText("₹28L - ₹55L+");
});

test("switching the comparison changes the chart and its stated basis", async ({ page }) => {
  await openApp(page);
  const compare = page.locator(".compare");
  const chart = visibleChart(compare);
  await expect(page.getByRole("radio", { name: "Market exchange rate" })).toBeChecked();
  await expect(chart).toHaveAccessibleName(/94\.96 INR per USD/);
  await expect(chart.locator("text", { hasText: "$21.1K" })).toHaveCount(1);
  await expect(compare.getByText(/US Federal Reserve, series EXINUS/)).toBeVisible();

  await page.getByRole("radio", { name: "Purchasing power parity (PPP)" }).check();
  await expect(chart).toHaveAccessibleName(/20\.42 INR per international \$/);
  await expect(chart.locator("text", { hasText: "$97.9K" })).toHaveCount(1);
  await expect(chart.locator("text", { hasText: "$21.1K" })).toHaveCount(0);
  await expect(compare.getByText(/World Bank, indicator PA\.NUS\.PPP/)).toBeVisible();

  await compare.locator(".basis-ppp").getByText("Show the numbers as a table").click();
  const table = compare.getByRole("table", { name: /international dollars/ });
  await expect(table.getByRole("row", { name: /India: Mid/ })).toContainText("$97.9K");
  await expect(table.getByRole("row", { name: /United States: Entry/ })).toContainText("$77K");
  await expectNoAxeViolations(page, "#salaries");
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("charts fit without horizontal overflow", async ({ page }) => {
    await openApp(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const svg of await page.locator("#salaries .chart:visible svg").all()) {
      const box = await svg.boundingBox();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    // Two country charts and the comparison on its selected basis, each in its phone layout.
    await expect(page.locator("#salaries .chart-narrow:visible")).toHaveCount(3);
    await expect(page.locator("#salaries .chart-wide:visible")).toHaveCount(0);
  });
});
