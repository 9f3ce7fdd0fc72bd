import { chromium } from "@playwright/test";
import { CHROME, FLAGS } from "./chrome.mjs";
export const BASE = "http://localhost:4301/";
export async function launch() { return chromium.launch({ executablePath: CHROME, args: FLAGS }); }
export async function newPage(browser, opts = {}) {
  const ctx = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, serviceWorkers: opts.sw ? "allow" : "block", acceptDownloads: true });
  const page = await ctx.newPage();
  const log = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") log.push(`${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => log.push(`pageerror: ${e.message}`));
  return { ctx, page, log };
}
export async function serveFile(page, name, body, opts = {}) {
  await page.route(`**/roadmaps/${name}.json`, async (route) => {
    if (opts.delay) await new Promise((r) => setTimeout(r, opts.delay));
    if (opts.abort) return route.abort();
    await route.fulfill({ status: opts.status ?? 200, contentType: opts.type ?? "application/json", body: typeof body === "string" ? body : JSON.stringify(body), headers: opts.headers });
  });
}
export async function waitView(page, ms = 8000) {
  try { await page.waitForSelector(".view-root", { timeout: ms }); } catch { return false; }
  await page.waitForTimeout(300);
  return true;
}
export const dupIds = (page) => page.evaluate(() => { const s = new Map(); for (const el of document.querySelectorAll("[id]")) s.set(el.id, (s.get(el.id) ?? 0) + 1); return [...s].filter(([, n]) => n > 1); });
export const allIds = (page) => page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
export const overflow = (page) => page.evaluate(() => { const w = document.documentElement.clientWidth; const out = []; for (const el of document.querySelectorAll("body *")) { const r = el.getBoundingClientRect(); if (r.width && (r.right > w + 1) && getComputedStyle(el).position !== "fixed") { let p = el.parentElement, clipped = false; while (p) { const o = getComputedStyle(p).overflowX; if (o !== "visible") { clipped = true; break; } p = p.parentElement; } if (!clipped) out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}`); } } return { w, sw: document.documentElement.scrollWidth, out: out.slice(0, 10) }; });
export const topic = (id, extra = {}) => ({ id, title: `Topic ${id}`, summary: `About ${id}.`, ...extra });
