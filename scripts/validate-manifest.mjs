#!/usr/bin/env node
// Validates manifest.xml (and dist/manifest.xml when built) against the Office XML manifest XSD
// offline with xmllint. The XSDs live beside the repository in ../shared/schemas/manifest.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const xsd = path.resolve("..", "shared", "schemas", "manifest", "OfficeAppManifestV1_1.xsd");
const files = ["manifest.xml", "dist/manifest.xml"].filter((f) => existsSync(f));
if (!existsSync(xsd)) {
  console.log(`跳过清单校验：找不到 ${xsd}`);
  process.exit(0);
}
let failed = 0;
for (const f of files) {
  const r = spawnSync("xmllint", ["--noout", "--schema", xsd, f], { stdio: "inherit" });
  if (r.error) {
    console.error("需要 xmllint（Debian: apt-get install libxml2-utils）");
    process.exit(2);
  }
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
