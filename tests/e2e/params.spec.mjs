// The head script (js/head.js, before the first paint) reaches the same verdicts on URL
// parameters as the Rust parser (src/embed/options.rs): one table of cases for both.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

const { cases, views } = JSON.parse(readFileSync(new URL("../params-cases.json", import.meta.url), "utf8"));
const SECTIONS = ["hero", "about", "roadmap", "career", "salaries", "projects", "architecture", "mistakes", "faq", "cta"];

test("the head script applies exactly what the parser accepts", async ({ page }) => {
  test.setTimeout(90_000);
  // The app, once live, leaves these attributes as the head script set them before paint.
  for (const c of cases) {
    await page.goto(`./?${new URLSearchParams(c.params)}`);
    await expect(page.locator("html[data-ready]")).toHaveCount(1);
    const seen = await page.evaluate(() => {
      const root = document.documentElement;
      return {
        embed: root.hasAttribute("data-embed"),
        sections: root.getAttribute("data-sections"),
        theme: root.getAttribute("data-theme"),
        accent: root.style.getPropertyValue("--accent") || null,
      };
    });
    const at = JSON.stringify(c.params);
    expect(seen.embed, `embed for ${at}`).toBe(c.embed);
    const shown = seen.sections === null ? null : seen.sections.split(" ");
    expect(shown && shown.length === SECTIONS.length ? null : shown, `sections for ${at}`).toEqual(c.sections);
    expect(seen.theme, `theme for ${at}`).toBe(c.theme === "auto" ? null : c.theme);
    expect(seen.accent, `accent for ${at}`).toBe(c.accent === null ? null : `#${c.accent}`);
  }
});

test("the head script and the app agree on which view an address asks for", async ({ page }) => {
  // Each parameter counts by its last value: `?roadmap=backend-2026&roadmap=web-foundations`
  // is the file's page in both, never the cohort view.
  for (const c of views) {
    await page.goto(`./?${new URLSearchParams(c.params)}`);
    const at = JSON.stringify(c.params);
    const asked = c.file !== null || c.cohort;
    await expect(page.locator("html[data-view]"), `data-view for ${at}`).toHaveCount(asked ? 1 : 0);
  }
  // The app shows the file the last value names.
  await page.goto("./?roadmap=backend-2026&roadmap=web-foundations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Web Foundations Bootcamp/);
});
