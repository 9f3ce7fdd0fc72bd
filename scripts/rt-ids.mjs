import { launch, newPage, serveFile, waitView, dupIds, allIds, BASE, topic } from "./rt-lib.mjs";
const b = await launch();
const { page, log } = await newPage(b);
await serveFile(page, "web-foundations", await (await fetch(BASE + "roadmaps/web-foundations.json")).text());
await page.goto(BASE + "?roadmap=web-foundations");
await waitView(page);
// open everything
await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
await page.waitForTimeout(1500);
const ids = await allIds(page);
console.log(JSON.stringify(ids));
console.log("dups", await dupIds(page));
console.log(log.join("\n"));
await b.close();
