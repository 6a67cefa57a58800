#!/usr/bin/env node
/**
 * What the task pane loads first (issue 14 §3: ≤ 167 KB gzip): prints numbers, never fails.
 *
 *   node bench/bundle.mjs [--no-build] [--dist DIR] [--html taskpane.html] [--top N] [--by file|package]
 *
 * Builds production (webpack --mode production --env webOnly) into a cache folder (reused with
 * --no-build), reads the same-origin scripts the HTML page loads before anything else (its
 * <script src> tags) and attributes every byte of those files to a source through their source maps.
 * For each group it prints the minified bytes and, since gzip is not additive, two gzip figures: the
 * group's code compressed alone, and its share of the real gzip -9 size (raw share × total gzip).
 * Groups: an npm package (@scope/name) or a folder of src/ (src/office, src/taskpane/tabs …); with
 * --by file, single source files.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { buildProduction, cliArgs } from "./browser-lib.mjs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { SourceMapConsumer } = require("source-map");

const { flag, option } = cliArgs();
const DIST = path.resolve(option("--dist", path.join(os.tmpdir(), "duizhao-bench-bundle")));
const HTML = option("--html", "taskpane.html");
const TOP = Number(option("--top", "40"));
const BY = option("--by", "package");

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;


/** The same-origin scripts of the page, in document order (remote ones such as office.js are skipped). */
function pageScripts(htmlFile) {
  const html = fs.readFileSync(htmlFile, "utf8");
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  return srcs.filter((s) => !/^[a-z]+:\/\//i.test(s) && !s.startsWith("//"));
}

/** Group name of a source-map source ("webpack://duizhao/./node_modules/@fluentui/react-tabs/lib/…"). */
function groupOf(source) {
  if (!source) return "(webpack runtime / no source)";
  const s = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const nm = s.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = s.slice(nm + "node_modules/".length).split("/");
    const pkg = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    return BY === "file" ? `${pkg}/${rest.slice(pkg.split("/").length).join("/")}` : pkg;
  }
  if (BY === "file") return s;
  const parts = s.split("/");
  if (parts[0] === "src") return parts.length > 3 ? parts.slice(0, 3).join("/") + "/" : parts.slice(0, 2).join("/") + "/";
  return s.startsWith("webpack/") ? "(webpack runtime)" : s;
}

/** Bytes (UTF-8) of the generated file per group, and the group's code. */
function attribute(jsFile) {
  const code = fs.readFileSync(jsFile, "utf8");
  const mapFile = `${jsFile}.map`;
  const groups = new Map();
  const add = (g, text) => {
    if (!text) return;
    let e = groups.get(g);
    if (!e) groups.set(g, (e = { bytes: 0, parts: [] }));
    e.bytes += Buffer.byteLength(text);
    e.parts.push(text);
  };
  const lines = code.split("\n");
  if (!fs.existsSync(mapFile)) {
    add("(no source map)", code);
    return groups;
  }
  const consumer = new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, "utf8")));
  // Mappings without an original position (source-map reports them as "." or null): JSON modules
  // (webpack emits them as JSON.parse('…') without a map) and the glue between modules.
  const mapped = (m) => m && m.source && m.source !== "." && m.originalLine != null;
  const all = [];
  consumer.eachMapping((m) => all.push(m));
  all.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const byLine = new Map();
  all.forEach((m, k) => {
    let arr = byLine.get(m.generatedLine);
    if (!arr) byLine.set(m.generatedLine, (arr = []));
    arr.push({ col: m.generatedColumn, m, k });
  });
  /** The nearest mapped neighbour of an unmapped segment: the following one, else the preceding one. */
  const neighbour = (k) => {
    for (let j = k + 1; j < all.length && j < k + 50; j++) if (mapped(all[j])) return all[j].source;
    for (let j = k - 1; j >= 0 && j > k - 50; j--) if (mapped(all[j])) return all[j].source;
    return null;
  };
  lines.forEach((line, i) => {
    const segs = byLine.get(i + 1) || [];
    if (segs.length === 0 || segs[0].col > 0) add(groupOf(null), line.slice(0, segs.length ? segs[0].col : undefined));
    segs.forEach((seg, n) => {
      const text = line.slice(seg.col, n + 1 < segs.length ? segs[n + 1].col : undefined);
      if (mapped(seg.m)) add(groupOf(seg.m.source), text);
      else if (/^\s*[,;]?\s*(\d+\([^)]*\)\s*\{[^}]*)?JSON\.parse\(/.test(text) || text.startsWith("JSON.parse(")) add("(JSON modules, e.g. src/data)", text);
      else add(groupOf(neighbour(seg.k)), text);
    });
    if (i + 1 < lines.length) add(groupOf(null), "\n");
  });
  return groups;
}

function main() {
  if (!flag("--no-build")) buildProduction(DIST, []);
  const htmlFile = path.join(DIST, HTML);
  const scripts = pageScripts(htmlFile);
  const htmlGz = gzip(fs.readFileSync(htmlFile));
  console.log(`\n${HTML} loads: ${scripts.join(", ")}`);
  let totalRaw = 0;
  let totalGz = htmlGz;
  const all = new Map();
  console.log(`  ${HTML.padEnd(28)} ${kb(fs.statSync(htmlFile).size).padStart(10)} raw ${kb(htmlGz).padStart(10)} gzip`);
  for (const src of scripts) {
    const file = path.join(DIST, src);
    const buf = fs.readFileSync(file);
    const gz = gzip(buf);
    totalRaw += buf.length;
    totalGz += gz;
    console.log(`  ${src.padEnd(28)} ${kb(buf.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
    for (const [g, e] of attribute(file)) {
      const a = all.get(g) || { bytes: 0, parts: [], fileGz: 0, fileRaw: 0 };
      a.bytes += e.bytes;
      a.parts.push(...e.parts);
      // Share of this file's real gzip size, in proportion to the raw bytes.
      a.share = (a.share || 0) + (e.bytes / buf.length) * gz;
      all.set(g, a);
    }
  }
  console.log(`first load (html + scripts): ${kb(totalGz)} gzip -9, ${kb(totalRaw)} raw scripts  (target ≤ 167 KB gzip)`);
  const rows = [...all.entries()]
    .map(([g, e]) => ({ g, raw: e.bytes, alone: gzip(Buffer.from(e.parts.join(""))), share: e.share }))
    .sort((a, b) => b.share - a.share);
  console.log(`\n${"group".padEnd(48)} ${"raw".padStart(10)} ${"gzip alone".padStart(11)} ${"gzip share".padStart(11)}`);
  for (const r of rows.slice(0, TOP)) {
    console.log(`${r.g.padEnd(48)} ${kb(r.raw).padStart(10)} ${kb(r.alone).padStart(11)} ${kb(r.share).padStart(11)}`);
  }
  if (rows.length > TOP) {
    const rest = rows.slice(TOP);
    const sum = (k) => rest.reduce((s, r) => s + r[k], 0);
    console.log(`${`(${rest.length} more)`.padEnd(48)} ${kb(sum("raw")).padStart(10)} ${"".padStart(11)} ${kb(sum("share")).padStart(11)}`);
  }
}

main();
