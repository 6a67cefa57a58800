/**
 * numbering: skipped / repeated / out-of-order markers among siblings (including run-in 一是/二是),
 * mixed half-/full-width brackets within a level, and wrong punctuation after a marker.
 */
import type { Marker, OutlineItem, Rule, RuleContext, RuleResult } from "../types";
import { runInsAt } from "./util/doc";
import { intToCircled, intToCn, quote } from "./util/text";

/** Punctuation that belongs right after a marker of each kind; "" = none. */
const RIGHT_PUNCT: Record<string, string[]> = {
  cn: ["、"],
  "paren-cn": [""],
  arabic: [".", "．"],
  "paren-arabic": [""],
  circled: [""],
};
const CANON_PUNCT: Record<string, string> = { cn: "、", "paren-cn": "", arabic: ".", "paren-arabic": "", circled: "" };
const PUNCT_NAME: Record<string, string> = { "、": "顿号", "，": "逗号", ",": "逗号", ".": "点号", "．": "点号", "：": "冒号", ":": "冒号" };

function hasBrackets(m: Marker): boolean {
  return m.kind === "paren-cn" || m.kind === "paren-arabic";
}

/** The numeral part rewritten for `value`, keeping the marker's style. */
function numeralFor(m: Marker, value: number): string {
  if (m.kind === "arabic" || m.kind === "paren-arabic") return String(value);
  if (m.kind === "circled") return intToCircled(value);
  return intToCn(value);
}

/** Canonical marker text: full-width brackets and the standard punctuation. */
function canonicalMarker(m: Marker, value = m.value): string {
  const num = numeralFor(m, value);
  if (hasBrackets(m)) return `（${num}）`;
  if (m.kind === "runin") return `${num}是`;
  if (m.kind === "arabic") return num + (m.punct === "．" ? "．" : ".");
  return num + (CANON_PUNCT[m.kind] ?? "");
}

/** Marker as written, but with the numeral replaced (for sequence messages). */
function markerWithValue(m: Marker, value: number): string {
  const num = numeralFor(m, value);
  return m.raw.replace(/[一二三四五六七八九十百零〇两]+|\d+|[①-⑳]/, num);
}

/**
 * What a slipped marker should read: the numeral for `value`, the brackets as written, and the
 * punctuation corrected when it is wrong ("（二）、" repeated → "（三）", "1、" → "3.").
 */
function sequenceTarget(m: Marker, value: number): string {
  const base = markerWithValue(m, value);
  const right = RIGHT_PUNCT[m.kind];
  if (!right || right.includes(m.punct)) return base;
  const stem = m.punct && base.endsWith(m.punct) ? base.slice(0, base.length - m.punct.length) : base;
  return stem + (m.kind === "arabic" ? "." : CANON_PUNCT[m.kind] ?? "");
}

interface Entry {
  item: OutlineItem;
  marker: Marker;
}

function groupKey(ctx: RuleContext, items: OutlineItem[], idx: number, parentIdx: number): string {
  const it = items[idx];
  const sec = ctx.analysis.sectionOf[it.paragraph] ?? -1;
  const isSectionHeading = sec >= 0 && ctx.analysis.sections[sec]?.heading === it.paragraph;
  let key = parentIdx >= 0 ? `p${parentIdx}` : "root";
  if (!isSectionHeading && (parentIdx < 0 || (ctx.analysis.sectionOf[items[parentIdx].paragraph] ?? -1) !== sec)) key += `s${sec}`;
  return `${key}|d${it.depth}|${it.marker?.kind}`;
}

function sequenceFindings(entries: Entry[], ctx: RuleContext, out: RuleResult[]): void {
  let expected = 1;
  let prev = 0;
  for (let i = 0; i < entries.length; i++) {
    const { item, marker } = entries[i];
    const v = marker.value;
    if (marker.kind === "ordinal" && !marker.raw.startsWith("第")) return; // 首先/其次/最后: no arithmetic
    if (v === expected) { prev = v; expected = v + 1; continue; }
    const text = ctx.doc.paragraphs[item.paragraph]?.text ?? "";
    const next = entries[i + 1]?.marker.value;
    const singleSlip = next !== undefined && next === expected + 1;
    const want = sequenceTarget(marker, expected);
    let problem: string;
    let message: string;
    if (v === prev) {
      problem = "repeated";
      message = `序号“${marker.raw}”重复，应为“${want}”`;
    } else if (v < prev) {
      problem = "out-of-order";
      message = `序号“${marker.raw}”顺序颠倒，此处应为“${want}”`;
    } else {
      problem = "skipped";
      message = i === 0 ? `序号从“${marker.raw}”开始，缺少“${want}”` : `序号跳号：“${markerWithValue(marker, prev)}”之后应为“${want}”，实为“${marker.raw}”`;
    }
    const r: RuleResult = {
      message,
      paragraph: item.paragraph,
      quote: quote(text),
      data: { problem, marker: marker.raw, value: v, expected, kind: marker.kind, depth: item.depth },
    };
    if (singleSlip && marker.source === "text" && text.slice(marker.offset, marker.offset + marker.length) === marker.raw) {
      const replacement = want;
      r.fix = { type: "replace", label: `改为“${replacement}”`, paragraph: item.paragraph, offset: marker.offset, length: marker.length, expected: marker.raw, replacement };
      prev = expected;
      expected += 1;
    } else {
      prev = v;
      expected = v + 1;
    }
    out.push(r);
  }
}

/**
 * Punctuation and bracket width. Half-width brackets mixed with full-width ones in a level are
 * reported per marker (with a fix); a level written consistently in half-width brackets only adds
 * its markers to `consistentHalf`, which becomes one summary finding for the whole document.
 */
function formFindings(entries: Entry[], ctx: RuleContext, out: RuleResult[], consistentHalf: Entry[]): void {
  const bracketed = entries.filter((e) => hasBrackets(e.marker));
  const half = bracketed.filter((e) => e.marker.halfWidth).length;
  const mixed = half > 0 && half < bracketed.length;
  for (const e of entries) {
    const { item, marker } = e;
    if (marker.kind === "runin" || marker.kind === "ordinal") continue;
    const right = RIGHT_PUNCT[marker.kind] ?? [""];
    const badPunct = !right.includes(marker.punct);
    const badWidth = hasBrackets(marker) && marker.halfWidth;
    if (!badPunct && !badWidth) continue;
    if (!badPunct && !mixed) { consistentHalf.push(e); continue; }
    const canon = canonicalMarker(marker);
    const text = ctx.doc.paragraphs[item.paragraph]?.text ?? "";
    const parts: string[] = [];
    if (badWidth) parts.push(mixed ? `同级序号混用半角、全角括号，“${marker.raw}”应使用全角括号` : `序号“${marker.raw}”使用了半角括号，应使用全角括号`);
    if (badPunct) {
      const name = PUNCT_NAME[marker.punct] ?? (marker.punct ? `“${marker.punct}”` : "");
      if (marker.punct && CANON_PUNCT[marker.kind] === "") parts.push(`序号“${marker.raw}”后不应加${name}`);
      else if (!marker.punct) parts.push(`序号“${marker.raw}”后缺少${marker.kind === "cn" ? "顿号" : "点号"}`);
      else parts.push(`序号“${marker.raw}”后应使用${marker.kind === "cn" ? "顿号" : "下脚点"}，不应使用${name}`);
    }
    const isList = marker.source === "list";
    const message = `${parts.join("；")}，应为“${canon}”${isList ? "（自动编号，请在“定义新编号格式”中修改）" : ""}`;
    const r: RuleResult = {
      message,
      paragraph: item.paragraph,
      quote: quote(isList ? marker.raw + text : text),
      severity: badPunct || mixed ? "warning" : "info",
      data: { problem: badPunct ? "punctuation" : "bracket-width", marker: marker.raw, expected: canon, kind: marker.kind, mixedWidth: mixed, source: marker.source },
    };
    if (!isList && text.slice(marker.offset, marker.offset + marker.length) === marker.raw) {
      r.fix = { type: "replace", label: `改为“${canon}”`, paragraph: item.paragraph, offset: marker.offset, length: marker.length, expected: marker.raw, replacement: canon };
    }
    out.push(r);
  }
}

/** Run-in 一是/二是 sequences: continue across paragraphs under the same heading, restart at 一是. */
function runInFindings(ctx: RuleContext, out: RuleResult[]): void {
  const headingParas = new Map<number, OutlineItem>();
  for (const it of ctx.analysis.items) if (it.marker?.kind !== "runin") headingParas.set(it.paragraph, it);
  let last = 0;
  let lastSection = -2;
  for (const p of ctx.doc.paragraphs) {
    const sec = ctx.analysis.sectionOf[p.index] ?? -1;
    if (sec !== lastSection || headingParas.has(p.index)) last = 0;
    lastSection = sec;
    for (const r of runInsAt(ctx, p.index)) {
      const v = r.value;
      const raw = p.text.slice(r.offset, r.offset + r.length);
      const after = p.text[r.offset + r.length];
      if (after === "、" || after === "．" || after === ".") {
        // "一是、加强学习": a run-in marker is followed directly by the text, never by a pause mark.
        out.push({
          message: `序号“${raw}${after}”后不应加${after === "、" ? "顿号" : "点号"}，应为“${raw}”`,
          paragraph: p.index,
          quote: quote(p.text, r.offset),
          data: { problem: "punctuation", marker: raw + after, expected: raw, kind: "runin" },
          fix: { type: "replace", label: `改为“${raw}”`, paragraph: p.index, offset: r.offset, length: r.length + 1, expected: raw + after, replacement: raw },
        });
      }
      if (v === last + 1 || (v === 1 && last >= 2)) { last = v; continue; }
      const want = `${intToCn(last + 1)}是`;
      const problem = v === last ? "repeated" : v < last ? "out-of-order" : "skipped";
      const message =
        problem === "repeated" ? `“${raw}”重复，应为“${want}”`
          : problem === "out-of-order" ? `“${raw}”顺序颠倒，此处应为“${want}”`
            : last === 0 ? `从“${raw}”开始，缺少“一是”` : `“${intToCn(last)}是”之后应为“${want}”，实为“${raw}”`;
      out.push({
        message,
        paragraph: p.index,
        quote: quote(p.text, r.offset),
        data: { problem, marker: raw, value: v, expected: last + 1, kind: "runin" },
      });
      last = v;
    }
  }
}

export const rule: Rule = {
  id: "numbering",
  severity: "warning",
  description: "序号连续、不重复，同级括号全半角一致，序号后标点规范（一、（一）1.（1））",
  check(ctx) {
    const out: RuleResult[] = [];
    const items = ctx.analysis.items;
    const groups = new Map<string, Entry[]>();
    const stack: number[] = []; // indices into items, increasing depth
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.marker?.kind === "runin") continue;
      while (stack.length && items[stack[stack.length - 1]].depth >= it.depth) stack.pop();
      const parent = stack.length ? stack[stack.length - 1] : -1;
      stack.push(i);
      if (!it.marker) continue;
      const key = groupKey(ctx, items, i, parent);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push({ item: it, marker: it.marker });
    }
    const consistentHalf: Entry[] = [];
    for (const g of groups.values()) {
      sequenceFindings(g, ctx, out);
      formFindings(g, ctx, out, consistentHalf);
    }
    if (consistentHalf.length) {
      const first = consistentHalf[0];
      const text = ctx.doc.paragraphs[first.item.paragraph]?.text ?? "";
      out.push({
        message: `${consistentHalf.length}处序号使用半角括号（如“${first.marker.raw}”），公文序号应使用全角括号，如“${canonicalMarker(first.marker)}”`,
        paragraph: first.item.paragraph,
        ...(consistentHalf.length > 1 ? { paragraphEnd: consistentHalf[consistentHalf.length - 1].item.paragraph } : {}),
        quote: quote(text),
        severity: "info",
        data: { problem: "bracket-width", mixedWidth: false, count: consistentHalf.length, paragraphs: consistentHalf.map((e) => e.item.paragraph), markers: consistentHalf.map((e) => e.marker.raw) },
      });
    }
    runInFindings(ctx, out);
    out.sort((a, b) => a.paragraph - b.paragraph);
    return out;
  },
};
