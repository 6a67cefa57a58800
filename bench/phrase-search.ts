/**
 * Phrase search benchmark: the shipped library replicated to 5,000 phrases, queries typed
 * keystroke by keystroke (every prefix of each query is one search). Prints p50/p95/max per
 * keystroke (all, and the first keystroke — one letter, thousands of hits — on its own), the
 * index build time and the size of the shipped pinyin map. Run: npx tsx bench/phrase-search.ts
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { libraryPhrases } from "../src/core/phrases/library";
import { buildIndex, search } from "../src/core/phrases/search";
import type { Phrase } from "../src/core/phrases/types";

const TARGET = 5000;
const base = libraryPhrases();
const phrases: Phrase[] = [];
for (let i = 0; phrases.length < TARGET; i++) {
  const p = base[i % base.length];
  phrases.push({ ...p, id: `${p.id}-r${Math.floor(i / base.length)}` });
}

const t0 = performance.now();
const index = buildIndex(phrases);
const buildMs = performance.now() - t0;

const queries = ["llxx", "zgcs", "lilunxuexi", "理论学习", "zhengzhi jilv", "xingshizhuyi", "群众路线", "qzlx", "dkfl"];
const boost = (p: Phrase) => (p.id.endsWith("-r0") ? 10 : 0);

// Warm-up (JIT) so the numbers describe steady typing.
for (const q of queries) for (let k = 1; k <= q.length; k++) search(index, q.slice(0, k), { boost });

// Several rounds: the machine may be shared, so also report the best round.
const ROUNDS = 7;
const times: number[] = [];
const firstTimes: number[] = [];
const roundP95: number[] = [];
const perQuery: string[] = [];
const pctOf = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
for (let round = 0; round < ROUNDS; round++) {
  const rt: number[] = [];
  for (const q of queries) {
    let hits = 0;
    for (let k = 1; k <= q.length; k++) {
      const s = performance.now();
      const r = search(index, q.slice(0, k), { boost });
      const dt = performance.now() - s;
      rt.push(dt);
      if (k === 1) firstTimes.push(dt);
      hits = r.length;
    }
    if (round === 0) perQuery.push(`${q}→${hits}`);
  }
  times.push(...rt);
  roundP95.push(pctOf([...rt].sort((a, b) => a - b), 95));
}
times.sort((a, b) => a - b);
firstTimes.sort((a, b) => a - b);
roundP95.sort((a, b) => a - b);
console.log(`phrase search over ${phrases.length} phrases (${base.length} shipped, replicated)`);
console.log(`index build: ${buildMs.toFixed(1)} ms`);
console.log(
  `keystrokes: ${times.length} (${ROUNDS} rounds); p50 ${pctOf(times, 50).toFixed(2)} ms; p95 ${pctOf(times, 95).toFixed(2)} ms; ` +
    `max ${times[times.length - 1].toFixed(2)} ms; best-round p95 ${roundP95[0].toFixed(2)} ms; median-round p95 ${pctOf(roundP95, 50).toFixed(2)} ms`,
);
console.log(
  `first keystroke (one letter): ${firstTimes.length} samples; p50 ${pctOf(firstTimes, 50).toFixed(2)} ms; p95 ${pctOf(firstTimes, 95).toFixed(2)} ms`,
);
const pinyinJson = readFileSync(new URL("../src/data/pinyin/pinyin.json", import.meta.url));
console.log(`pinyin map (src/data/pinyin/pinyin.json): ${pinyinJson.length} B raw, ${gzipSync(pinyinJson, { level: 9 }).length} B gzip`);
console.log(`final hits: ${perQuery.join(", ")}`);
