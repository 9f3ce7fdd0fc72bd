// Print raw, gzip and brotli bytes of everything the page loads, and enforce a gzip budget.
// Usage: node scripts/bundle-size.mjs <dist> [--budget-kb N]
// "Everything the page loads" = index.html plus each local file it references (links,
// scripts, the module script's imports and the wasm it fetches), found by reading the HTML,
// and the files the app fetches itself after load (the topics' details).
// kB here is 1,000 bytes (the stricter reading), so a 200 kB budget is 200,000 bytes.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dist = args[0] ?? "dist";
const budgetIdx = args.indexOf("--budget-kb");
const budgetKb = budgetIdx >= 0 ? Number(args[budgetIdx + 1]) : null;

const html = readFileSync(join(dist, "index.html"), "utf8");
const refs = new Set(["index.html"]);
for (const m of html.matchAll(/(?:href|src)="([^"]+)"|['"](\.\/[^'"]+\.(?:js|wasm|css))['"]/g)) {
  const ref = (m[1] ?? m[2]).replace(/^\.\//, "").split(/[?#]/)[0];
  if (!/^[a-z]+:|^\/\/|^#/.test(ref) && ref && existsSync(join(dist, ref))) refs.add(ref);
}
// Files the app fetches by itself once it runs (src/roadmap/details.rs: DETAILS_FILE).
for (const fetched of ["topic-details.html"]) if (existsSync(join(dist, fetched))) refs.add(fetched);
// Links that the page does not fetch on load: the manifest and the icons only it and the
// home screen use. The tab icons (rel="icon") are fetched.
const tabIcons = [...html.matchAll(/<link rel="icon" href="\.?\/?([^"]+)"/g)].map((m) => m[1]);
for (const ref of [...refs]) {
  if (/apple-touch-icon|manifest|icon-\d+|maskable/.test(ref) && !tabIcons.includes(ref)) refs.delete(ref);
}

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
let total = { raw: 0, gzip: 0, brotli: 0 };
console.log(`${"asset".padEnd(48)} ${"raw kB".padStart(8)} ${"gzip kB".padStart(8)} ${"br kB".padStart(8)}`);
for (const ref of [...refs].sort()) {
  const bytes = readFileSync(join(dist, ref));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total = { raw: total.raw + bytes.length, gzip: total.gzip + gzip, brotli: total.brotli + brotli };
  console.log(`${ref.padEnd(48)} ${kb(bytes.length)} ${kb(gzip)} ${kb(brotli)}`);
}
console.log(`${"TOTAL (" + refs.size + " files)".padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
console.log(`total bytes: raw ${total.raw}, gzip ${total.gzip}, brotli ${total.brotli}`);
if (budgetKb !== null) {
  if (total.gzip > budgetKb * 1000) {
    console.error(`FAIL: ${total.gzip} bytes gzip exceed the ${budgetKb} kB (${budgetKb * 1000} bytes) budget`);
    process.exit(1);
  }
  console.log(`budget ok: ${total.gzip} bytes gzip <= ${budgetKb} kB (${budgetKb * 1000} bytes)`);
}
