/**
 * The user's preferences applied to findings after the check (issue 9 item 11): 忽略 (ignored
 * findings, remembered per document by fingerprint) and 本单位词表 (names and terms never flagged).
 * Pure: no DOM, no storage, no Office. Shared by the 检查 tab and the CLI (`--words FILE`).
 */
import { compact } from "./normalize";
import type { DocumentModel, Finding } from "./types";

/** Rules whose findings a 本单位词表 entry can silence (they flag a piece of wording). */
export const WORD_LIST_RULES: readonly string[] = ["wording", "placeholder", "canonical-term"];

/** Paragraph-count bucket size of the document key: small edits keep the key. */
export const DOC_BUCKET = 100;

/**
 * Fingerprint of a finding that survives re-checks and edits elsewhere in the document:
 * the rule id and the normalized quote, or (no quote) the normalized paragraph text, or (a
 * whole-document finding) the message. Paragraph numbers are left out on purpose: inserting a
 * paragraph above must not bring an ignored finding back.
 */
export function findingFingerprint(f: Finding, doc?: DocumentModel | null): string {
  let basis: string;
  if (f.quote) basis = `q:${compact(f.quote)}`;
  else if (f.paragraph >= 0 && doc?.paragraphs[f.paragraph]) basis = `p:${compact(doc.paragraphs[f.paragraph].text)}`;
  else basis = `m:${compact(f.message)}`;
  return `${f.ruleId}|${basis}`;
}

/**
 * Key under which a document's ignored findings are stored: the first non-empty paragraph (the
 * title of a 对照检查材料, which rarely changes while it is being revised) plus the paragraph count
 * in buckets of DOC_BUCKET (keeps apart same-titled materials of very different length, e.g. a
 * 班子 material and a one-page notice, yet stays put through ordinary editing). Office.js offers no
 * stable document id for an unsaved document, so this is a content key; two materials with the
 * same title and similar length share their ignore list, which is acceptable for a reviewer's aid.
 */
export function documentKey(doc: DocumentModel): string {
  // Only up to the first non-empty paragraph: a 200,000-paragraph document must not be normalized
  // whole on the UI thread to find its title.
  let title = "";
  for (const p of doc.paragraphs) {
    title = compact(p.text);
    if (title.length > 0) break;
  }
  const bucket = Math.floor(doc.paragraphs.length / DOC_BUCKET);
  return `${Array.from(title).slice(0, 60).join("")}#${bucket}`;
}

/** Parses a 本单位词表 .txt: one word per line; blank lines and lines starting with # are skipped; duplicates removed. */
export function parseWordList(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    const w = raw.trim();
    if (!w || w.startsWith("#")) continue;
    const k = compact(w);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(w);
  }
  return out;
}

/** The word list as a .txt file (one per line, trailing newline). */
export function formatWordList(words: readonly string[]): string {
  return words.length ? words.join("\n") + "\n" : "";
}

/** Start offsets of every occurrence of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Whether the finding's quoted text is exactly covered by a listed word: the quote equals a word,
 * or every occurrence of the quote in its paragraph lies inside an occurrence of a listed word
 * (e.g. 词表 “某某村” covers the placeholder quote “某某” in “在某某村调研”). Compared in the
 * compact form (widths folded, spaces dropped).
 */
export function coveredByWords(f: Finding, words: readonly string[], doc?: DocumentModel | null): boolean {
  if (!f.quote || !WORD_LIST_RULES.includes(f.ruleId)) return false;
  const q = compact(f.quote);
  if (!q) return false;
  const ws = words.map(compact).filter((w) => w.includes(q));
  if (!ws.length) return false;
  if (ws.includes(q)) return true;
  const text = f.paragraph >= 0 ? doc?.paragraphs[f.paragraph]?.text : undefined;
  if (text === undefined) return false;
  const p = compact(text);
  const spans = ws.flatMap((w) => occurrences(p, w).map((s) => [s, s + w.length] as const));
  const hits = occurrences(p, q);
  return hits.length > 0 && hits.every((s) => spans.some(([a, b]) => a <= s && s + q.length <= b));
}

/** The findings left after the 本单位词表 (order kept). */
export function applyWordList(findings: readonly Finding[], words: readonly string[], doc?: DocumentModel | null): Finding[] {
  if (!words.length) return [...findings];
  return findings.filter((f) => !coveredByWords(f, words, doc));
}
