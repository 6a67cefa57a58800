#!/usr/bin/env node
// Validates manifest.xml (and dist/manifest.xml when built) against the Office XML manifest XSD
// offline with xmllint. The XSDs live beside the repository in ../shared/schemas/manifest.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Paths are relative to the repository, not to where the command was typed.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const xsd = path.resolve(root, "..", "shared", "schemas", "manifest", "OfficeAppManifestV1_1.xsd");
const files = ["manifest.xml", "dist/manifest.xml"].map((f) => path.join(root, f)).filter((f) => existsSync(f));
if (!existsSync(xsd)) {
  console.log(`跳过清单校验：找不到清单 XSD（${xsd}）。它随项目旁的 shared/ 目录提供；没有它时不影响构建和测试。`);
  process.exit(0);
}
let failed = 0;
for (const f of files) {
  const r = spawnSync("xmllint", ["--noout", "--schema", xsd, f], { stdio: "inherit" });
  if (r.error) {
    console.log("跳过清单校验：未安装 xmllint（Debian：apt-get install libxml2-utils）。");
    process.exit(0);
  }
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
