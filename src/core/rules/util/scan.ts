/**
 * Whole-document scans. Most paragraphs give most rules nothing to do; asking each paragraph in
 * turn costs one call per paragraph and rule, and on a first (cold) check every one of those calls
 * runs in V8's interpreter. Instead, the texts are joined once per check ("\n" between paragraphs)
 * and a rule's trigger regex runs over the whole text in native code, in one loop: the result is
 * the (few) paragraphs where the rule's own per-paragraph logic then runs, unchanged.
 *
 * A trigger must be a necessary condition of the rule finding anything in a paragraph, and it must
 * be local: it cannot match "\n" and has no anchors or lookarounds, so that a match in the joined
 * text lies inside one paragraph and every paragraph holding a match is found. `paragraphsWith`
 * refuses a trigger whose source breaks these rules (see `assertLocal`).
 */
import type { RuleContext } from "../../types";
import { perCheck } from "./doc";
import type { LiteralIndex } from "./text";

export interface DocText {
  /** Every paragraph's text, joined by "\n". */
  text: string;
  /** starts[i] = offset of paragraph i in `text`; starts[n] = text.length + 1. */
  starts: Int32Array;
}

const TEXT = Symbol("docText");
const HITS = Symbol("paragraphsWith");

let enabled = true;

/** Tests: with scans off, `paragraphsWith` lists every paragraph (the plain per-paragraph path). */
export function setWholeDocumentScans(on: boolean): void {
  enabled = on;
}

/** The joined text of the document (once per check). */
export function docText(ctx: RuleContext): DocText {
  return perCheck(ctx, TEXT, () => {
    const ps = ctx.doc.paragraphs;
    const texts = new Array<string>(ps.length);
    const starts = new Int32Array(ps.length + 1);
    let pos = 0;
    for (let i = 0; i < ps.length; i++) {
      const t = ps[i].text ?? "";
      texts[i] = t;
      starts[i] = pos;
      pos += t.length + 1;
    }
    starts[ps.length] = pos;
    return { text: texts.join("\n"), starts };
  });
}

const CHECKED = new WeakSet<RegExp>();
const GLOBAL = new WeakMap<RegExp, RegExp>();

/**
 * Throws when a trigger could match across paragraphs or behave differently at a paragraph's edge:
 * anchors, lookarounds, ".", \s \S \W \D and \n are refused, and so is a negated class unless it
 * excludes \n itself ([^，。\n] is fine).
 */
export function assertLocal(re: RegExp): void {
  if (CHECKED.has(re)) return;
  const src = re.source;
  const bad = (why: string) => new Error(`whole-document trigger /${src}/ is not local: ${why}`);
  if (re.flags.includes("s") || re.flags.includes("m")) throw bad("flags s/m");
  let inClass = false;
  let negated = false;
  let excludesBreak = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      const e = src[i + 1];
      if (inClass && negated && e === "n") excludesBreak = true;
      else if ("sSWDn".includes(e)) throw bad(`\\${e}`);
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") {
        if (negated && !excludesBreak) throw bad("negated class that can match \\n");
        inClass = false;
      }
      continue;
    }
    if (c === "[") {
      inClass = true;
      negated = src[i + 1] === "^";
      excludesBreak = false;
      if (negated) i++;
    } else if (c === "^" || c === "$") throw bad("anchor");
    else if (c === ".") throw bad(".");
    else if (c === "(" && src[i + 1] === "?" && "=!<".includes(src[i + 2])) throw bad("lookaround");
  }
  CHECKED.add(re);
}

/** Indexes of the paragraphs where `trigger` matches, in order (every paragraph when scans are off). */
export function paragraphsWith(ctx: RuleContext, trigger: RegExp): Int32Array {
  const n = ctx.doc.paragraphs.length;
  if (!enabled) return Int32Array.from({ length: n }, (_, i) => i);
  assertLocal(trigger);
  const byTrigger = perCheck(ctx, HITS, () => new Map<RegExp, Int32Array>());
  const known = byTrigger.get(trigger);
  if (known) return known;
  let g = GLOBAL.get(trigger);
  if (!g) GLOBAL.set(trigger, (g = new RegExp(trigger.source, trigger.flags.replace("g", "").replace("y", "") + "g")));
  const { text, starts } = docText(ctx);
  const out: number[] = [];
  let p = 0;
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    const at = m.index;
    while (starts[p + 1] <= at) p++;
    out.push(p);
    if (p + 1 >= n) break;
    g.lastIndex = starts[p + 1]; // one hit is enough: go on with the next paragraph
  }
  const hits = Int32Array.from(out);
  byTrigger.set(trigger, hits);
  return hits;
}

/**
 * Indexes of the paragraphs holding one of the words of `index`, in order: one scan of the joined
 * text (words never hold "\n", so a hit lies inside one paragraph).
 */
export function paragraphsWithWords(ctx: RuleContext, index: LiteralIndex): Int32Array {
  const n = ctx.doc.paragraphs.length;
  if (!enabled) return Int32Array.from({ length: n }, (_, i) => i);
  const { text, starts } = docText(ctx);
  const out: number[] = [];
  let p = 0;
  for (const hit of index.findAll(text)) {
    while (starts[p + 1] <= hit.index) p++;
    if (out[out.length - 1] !== p) out.push(p);
  }
  return Int32Array.from(out);
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
