import { launch, newPage, serveFile, waitView, dupIds, BASE, topic } from "./rt-lib.mjs";
const b = await launch();
const sec = (topics, extra = {}) => ({ id: "s", title: "Section", topics, ...extra });
const file = (id, sections, extra = {}) => ({ id, title: `Roadmap ${id}`, sections, ...extra });
const cases = {
  dupneeds: file("dupneeds", [sec([topic("a"), topic("b")])], { projects: [{ id: "p", title: "P", level: "beginner", description: "D", tags: ["x", "x"], needs: ["a", "a", "b"] }] }),
  msclash: file("msclash", [sec([topic("s")], { milestone: { id: "s", message: "Done s" } }), { id: "t", title: "T2", topics: [topic("t")], milestone: { id: "s2", message: "Done all", scope: "roadmap" } }]),
  zwj: file("zwj", [sec([topic("a", { title: "👩\u200D💻 Coder", summary: "می\u200Cخواهم" })])]),
  zwjedge: file("zwjedge", [sec([topic("a", { title: "\u200DCoder" })])]),
  zwjtab: file("zwjtab", [sec([topic("a", { summary: "A\u200D\tB" })])]),
  zwjtag: file("zwjtag", [sec([topic("a")])], { projects: [{ id: "p", title: "P", level: "beginner", description: "D", tags: [" A\u200DB "], needs: ["a"] }] }),
  zwjurl: file("zwjurl", [sec([topic("a", { resources: [{ label: "L", url: "https://ex.org/a\u200Db" }] })])]),
  nearmiss: { id: "nearmiss", Title: "x", titel: "y", sectoins: [], d: 1, "<b>x</b>": 1, sections: [sec([{ id: "a", title: "A", summry: "x", hour: { low: 1, high: 2 }, Resources: [] }])] },
  nohours: file("nohours", [sec([topic("a"), topic("b", { hours: { low: 2, high: 4 } })])]),
  nolinks: file("nolinks", [sec([topic("a", { why: "", resources: [] })])]),
  invisible: file("invisible", [sec([topic("a", { title: "\u2800" }), topic("b", { title: "\u3164\u200D\u3164" })])]),
};
for (const [name, body] of Object.entries(cases)) {
  const { ctx, page, log } = await newPage(b);
  await serveFile(page, name, body);
  await page.goto(BASE + "?roadmap=" + name);
  await waitView(page);
  await page.waitForTimeout(500);
  const text = await page.evaluate(() => document.querySelector(".custom-refused")?.innerText ?? ("SHOWN: " + document.querySelector(".hero")?.innerText));
  console.log(`== ${name}\n${text}\ndups: ${JSON.stringify(await dupIds(page))}\n${log.filter((l) => !/Today|Service Worker/.test(l)).join("\n")}`);
  if (name === "dupneeds") {
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await page.waitForTimeout(500);
    console.log(await page.locator("#projects").innerText());
  }
  if (name === "invisible" || name === "nolinks") {
    console.log(await page.locator("#roadmap").innerText());
  }
  await ctx.close();
}
await b.close();
