/**
 * Candidate paragraphs. Most paragraphs give most rules nothing to do, and on a first (cold) check
 * each rule's per-paragraph code runs in V8's interpreter. So a rule first asks for the paragraphs
 * its trigger matches — a necessary condition of any finding, tested in one tight loop (native
 * regex code; the loop itself is optimized after a few hundred iterations) — and runs its own
 * per-paragraph logic, unchanged, on those only. Results are cached per check and trigger.
 */
import type { RuleContext } from "../../types";
import { perCheck } from "./doc";
import type { LiteralIndex } from "./text";

const HITS = Symbol("paragraphsWith");

let enabled = true;

/** Tests: with the candidate filter off, every paragraph is listed (the plain per-paragraph path). */
export function setCandidateFilter(on: boolean): void {
  enabled = on;
}

function all(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** The paragraphs passing `test`, once per check and key. */
function candidates(ctx: RuleContext, key: RegExp | LiteralIndex, test: (text: string) => boolean): Int32Array {
  const ps = ctx.doc.paragraphs;
  if (!enabled) return all(ps.length);
  const byKey = perCheck(ctx, HITS, () => new Map<RegExp | LiteralIndex, Int32Array>());
  const known = byKey.get(key);
  if (known) return known;
  const out = new Int32Array(ps.length);
  let k = 0;
  for (let i = 0; i < ps.length; i++) if (test(ps[i].text ?? "")) out[k++] = i;
  const hits = out.slice(0, k);
  byKey.set(key, hits);
  return hits;
}

/** Indexes of the paragraphs where `trigger` matches (its `test`), in order. */
export function paragraphsWith(ctx: RuleContext, trigger: RegExp): Int32Array {
  // A global or sticky trigger's test() would depend on lastIndex: test a plain copy.
  const re = trigger.global || trigger.sticky ? new RegExp(trigger.source, trigger.flags.replace(/[gy]/g, "")) : trigger;
  return candidates(ctx, trigger, (text) => re.test(text));
}

/** Indexes of the paragraphs holding one of the words of `index`, in order. */
export function paragraphsWithWords(ctx: RuleContext, index: LiteralIndex): Int32Array {
  return candidates(ctx, index, (text) => index.has(text));
}

/** The union of sorted paragraph lists, sorted. */
export function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (k === 0 || out[k - 1] !== v) out[k++] = v;
  }
  return out.slice(0, k);
}
