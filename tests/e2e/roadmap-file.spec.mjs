// The roadmap as a data file: `roadmap.schema.json`, which editors check files against, says
// the same as the page's validator (`src/content/file.rs`, held to the same table of cases by
// a native test) wherever a schema can tell; and the build serves the built-in file and the
// schema beside the page.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";

const schema = JSON.parse(readFileSync("roadmap.schema.json", "utf8"));
const cases = JSON.parse(readFileSync("tests/roadmap-cases.json", "utf8"));
const builtIn = readFileSync("roadmaps/backend-2026.json", "utf8");

// `patternErrorMessage` is the message editors (VS Code) show when a pattern fails.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addKeyword("patternErrorMessage");
const validate = ajv.compile(schema);

test("the schema agrees with the validator on every case it can tell", () => {
  const disagreements = [];
  for (const c of cases) {
    // What only the validator can check (unique ids, known topics, counts across sections,
    // low <= high): the schema accepts those files, and says so in the table.
    const expected = c.schema_can_tell === false ? true : c.valid;
    if (validate(c.file) !== expected) disagreements.push(`${c.name}: schema says ${!expected}`);
  }
  expect(disagreements).toEqual([]);
  expect(cases.filter((c) => !c.valid && c.schema_can_tell !== false).length).toBeGreaterThan(20);
});

test("the built-in roadmap file passes the schema", () => {
  expect(validate(JSON.parse(builtIn)), JSON.stringify(validate.errors)).toBe(true);
});

test("the build serves the built-in roadmap file and the schema it names", async ({ request }) => {
  const file = await request.get("roadmaps/backend-2026.json");
  expect(file.status()).toBe(200);
  expect(await file.text()).toBe(builtIn);
  const named = new URL(JSON.parse(builtIn).$schema, file.url()).href;
  const served = await request.get(named);
  expect(served.status()).toBe(200);
  expect(await served.json()).toEqual(schema);
});
