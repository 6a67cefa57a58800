#!/usr/bin/env node
// Generates src/data/pinyin/pinyin.json: a compact char→pinyin map used by the phrase search.
// pinyin-pro is used ONLY here, at build time; the task pane ships the generated map instead.
// Coverage: every Han character of the shipped phrases (src/data/phrases/*.json) plus the
// 3,755 GB2312 level-1 characters, so that user-written phrases are pinyin-searchable too.
// Format: { "v": 1, "s": { "<syllable>": "<chars with that reading>" , ... } } — grouping by
// syllable is much smaller than one entry per character. Toneless; ü is written "v".
// Polyphones keep their two most common readings plus any reading they take inside a shipped phrase.
// Usage: node scripts/build-pinyin.mjs [--check]   (--check: exit 1 if the committed file is stale)
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pinyin } from "pinyin-pro";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const phraseDir = join(root, "src/data/phrases");
const out = join(root, "src/data/pinyin/pinyin.json");
const HAN = /\p{Script=Han}/u;

function gb2312Level1() {
  const dec = new TextDecoder("gbk");
  const chars = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) break; // level 1 ends at D7F9
      const c = dec.decode(new Uint8Array([hi, lo]));
      if (HAN.test(c)) chars.push(c);
    }
  }
  return chars;
}

const norm = (s) => s.replace(/ü/g, "v").toLowerCase();
/** char → Set of readings, in insertion (frequency) order. */
const map = new Map();
function add(ch, reading) {
  if (!reading || !/^[a-zü]+$/.test(reading)) return;
  if (!map.has(ch)) map.set(ch, new Set());
  map.get(ch).add(norm(reading));
}

const level1 = gb2312Level1();
if (level1.length !== 3755) throw new Error(`GB2312 level-1 decode gave ${level1.length} chars, expected 3755`);
const phraseChars = new Set();
const texts = [];
if (existsSync(phraseDir)) {
  for (const f of readdirSync(phraseDir).filter((f) => f.endsWith(".json")).sort()) {
    for (const p of JSON.parse(readFileSync(join(phraseDir, f), "utf8"))) {
      if (typeof p?.text !== "string") continue;
      texts.push(p.text);
      for (const ch of p.text) if (HAN.test(ch)) phraseChars.add(ch);
    }
  }
}
for (const ch of new Set([...level1, ...phraseChars])) {
  const all = pinyin(ch, { multiple: true, toneType: "none", type: "array" });
  for (const r of all.slice(0, 2)) add(ch, r);
}
// Contextual readings of characters inside the shipped phrases (行为 xing, 银行 hang, 重要 zhong).
for (const t of texts) {
  const chars = [...t];
  const rs = pinyin(t, { toneType: "none", type: "array" });
  if (rs.length !== chars.length) continue;
  chars.forEach((ch, i) => HAN.test(ch) && add(ch, rs[i]));
}

const bySyl = new Map();
for (const [ch, rs] of [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  for (const r of rs) bySyl.set(r, (bySyl.get(r) ?? "") + ch);
}
const s = Object.fromEntries([...bySyl].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
const json = JSON.stringify({ v: 1, s }) + "\n";

if (process.argv.includes("--check")) {
  const cur = existsSync(out) ? readFileSync(out, "utf8") : "";
  if (cur !== json) {
    console.error("src/data/pinyin/pinyin.json 已过期，请运行 node scripts/build-pinyin.mjs");
    process.exit(1);
  }
  console.log("pinyin.json is up to date");
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const { gzipSync } = await import("node:zlib");
  console.log(
    `pinyin.json: ${map.size} chars (${phraseChars.size} from ${texts.length} phrases), ${bySyl.size} syllables, ` +
      `${Buffer.byteLength(json)} B raw, ${gzipSync(json, { level: 9 }).length} B gzip`,
  );
}
