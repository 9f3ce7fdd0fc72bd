import { chromium } from "@playwright/test";
const [url, out, width = "390", scheme = "light"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless=new","--no-sandbox","--disable-gpu","--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
const logs = [];
page.on("console", (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on("pageerror", (e) => logs.push(`pageerror: ${e.message}`));
page.on("requestfailed", (r) => logs.push(`failed: ${r.url()}`));
await page.goto(url);
await page.waitForTimeout(1500);
if (process.env.CLICK) { await page.getByRole("button", { name: process.env.CLICK, exact: true }).click(); await page.waitForTimeout(300); }
if (process.env.SCROLL) await page.locator(process.env.SCROLL).scrollIntoViewIfNeeded();
await page.screenshot({ path: out, fullPage: !!process.env.FULL });
console.log(logs.join("\n"));
console.log("scrollWidth", await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
