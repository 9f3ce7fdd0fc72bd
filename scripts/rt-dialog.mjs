import { launch, newPage, serveFile, waitView, dupIds, BASE, topic } from "./rt-lib.mjs";
const b = await launch();
const sec = (topics, extra = {}) => ({ id: "s", title: "Section", topics, ...extra });
const file = (id, sections, extra = {}) => ({ id, title: `Roadmap ${id}`, sections, ...extra });
const cases = {
  blankwhy: file("blankwhy", [sec([topic("a", { why: "   ", summary: " ", resources: [] })])]),
  invisible: file("invisible", [sec([topic("a", { title: "\u2800", summary: "x" }), topic("b", { title: "\u3164\u200D\u3164" })])], { title: "\u2800" }),
};
for (const [name, body] of Object.entries(cases)) {
  const { ctx, page, log } = await newPage(b);
  await serveFile(page, name, body);
  await page.goto(BASE + "?roadmap=" + name);
  await waitView(page);
  console.log("==", name, await page.evaluate(() => document.querySelector(".custom-refused")?.innerText ?? "SHOWN"));
  const btn = page.locator("button[id^=details-]").first();
  if (await btn.count()) {
    await btn.click();
    await page.waitForTimeout(400);
    console.log(await page.evaluate(() => [...document.querySelectorAll("dialog[open]")].map(d=>d.innerText).join("\n---\n")));
  }
  console.log(log.filter((l) => !/Today|Service Worker/.test(l)).join("\n"));
  await ctx.close();
}
await b.close();
