// The page is valid HTML, as served and as the live DOM after hydration, in the default, embed
// and dark modes: checked with the Nu Html Checker (npm vnu-jar, run on the machine's Java).
import { test, expect, openApp } from "./fixtures.mjs";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const VNU = "node_modules/vnu-jar/build/dist/vnu.jar";
const MODES = { default: "", embed: "embed=1", dark: "theme=dark" };

test("the served HTML and the hydrated DOM have no validation errors", async ({ page, request }, info) => {
  test.setTimeout(60_000);
  const files = [];
  const served = await (await request.get("./")).text();
  files.push(info.outputPath("served.html"));
  writeFileSync(files.at(-1), served);
  for (const [mode, query] of Object.entries(MODES)) {
    await openApp(page, query);
    // The roadmap, opened as a learner would use it: a topic marked, its details open.
    await page.getByRole("button", { name: "Docker", exact: true }).click();
    files.push(info.outputPath(`live-${mode}.html`));
    writeFileSync(files.at(-1), await page.content());
  }
  let report;
  try {
    report = execFileSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    report = e.stderr || e.stdout; // vnu exits 1 when it finds errors and writes JSON to stderr
  }
  const messages = JSON.parse(report || '{"messages":[]}').messages
    .filter((m) => m.type === "error")
    .map((m) => `${m.url.split("/").pop()}:${m.lastLine}: ${m.message}`);
  expect(messages).toEqual([]);
});
