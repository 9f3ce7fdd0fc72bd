// End-to-end tests against the release build, served under a sub-path (/roadmap/) exactly
// as a static host would, in Debian's Chromium (never a downloaded browser).
import { defineConfig } from "@playwright/test";
import { CHROME, FLAGS } from "./scripts/chrome.mjs";

const PORT = 4173;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  // The one screenshot comparison (tests/e2e/screenshots.spec.mjs) is against the web app
  // manifest's screenshots, which `--update-snapshots` makes from the real page.
  expect: { timeout: 10_000, toHaveScreenshot: { pathTemplate: "public/screenshots/{arg}{ext}" } },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}/roadmap/`,
    browserName: "chromium",
    launchOptions: { executablePath: CHROME, args: FLAGS },
    trace: "off",
  },
  webServer: [
    {
      command: `node scripts/static-server.mjs dist ${PORT} /roadmap/`,
      url: `http://localhost:${PORT}/roadmap/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // The build served at a site's root with its `_headers` applied (real CSP header,
      // frame-ancestors, cache rules), as Netlify and Cloudflare Pages serve it.
      command: `node scripts/static-server.mjs dist 4175 / --headers`,
      url: "http://localhost:4175/",
      reuseExistingServer: !process.env.CI,
    },
    {
      // The site built from another roadmap file (dist-file/, scripts/test.sh builds it),
      // served at /course/. Ready once listening: the spec says so if the build is missing.
      command: `node scripts/static-server.mjs dist-file 4176 /course/`,
      port: 4176,
      reuseExistingServer: !process.env.CI,
    },
    {
      // A different origin (another port) that embeds the app in an iframe.
      command: `node scripts/static-server.mjs tests/host 4174 /`,
      url: "http://localhost:4174/host.html",
      reuseExistingServer: !process.env.CI,
    },
  ],
});
