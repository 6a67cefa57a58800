/**
 * Complete materials of every type (班子, 个人, 党支部, 党员) from the project's own fixtures
 * (test/fixtures/core), turned into a small outline with the test's own regexes (independent of the
 * engine) and written as .docx in three forms:
 *   pasted : no styles, literal 一、/（一）/1. numbering typed in the text;
 *   styled : heading styles (built-in "heading N" or localized "标题 N"), no literal numbers;
 *   auto   : 一、/（一）/1. produced by numbering.xml (chineseCounting / decimal), no literal numbers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SectionKind } from "../../src/core/types";
import { abstractNum, miniDocx, num, p, style } from "./helpers";

const FIXTURES = join(__dirname, "..", "fixtures", "core");
const CN = "一二三四五六七八九十";

/** One paragraph of a material: a title, a heading (level 1..3) or body text. */
export interface Node {
  level: 0 | 1 | 2 | 3 | null;
  /** Text without the literal marker. */
  text: string;
  /** Heading with body text in the same paragraph ("（一）理论武装不够扎实。我对……"). */
  runIn?: boolean;
}

const L1 = /^([一二三四五六七八九十]+)、(.*)$/;
const L2 = /^[（(]([一二三四五六七八九十]+)[）)]、?(.*)$/;
const L3 = /^(\d+)[.．、](.*)$/;

/** Heading-only text: one short clause with no sentence after it. */
function headingOnly(rest: string): boolean {
  const t = rest.replace(/[。：]$/, "");
  return t.length <= 40 && !/[。！？]/.test(t);
}

export function parseOutline(file: string): Node[] {
  const lines = readFileSync(join(FIXTURES, file), "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const out: Node[] = [];
  lines.forEach((line, i) => {
    if (i === 0) return void out.push({ level: 0, text: line.replace(/^#\s*/, "") });
    const md = /^(#{2,4})\s*(.*)$/.exec(line);
    if (md) return void out.push({ level: (md[1].length - 1) as 1 | 2 | 3, text: md[2] });
    for (const [re, level] of [[L1, 1], [L2, 2], [L3, 3]] as const) {
      const m = re.exec(line);
      if (m) return void out.push({ level, text: m[2], runIn: !headingOnly(m[2]) });
    }
    out.push({ level: null, text: line });
  });
  return out;
}

/** Literal marker for the n-th heading at a level. */
function literal(level: 1 | 2 | 3, n: number): string {
  const c = n <= 10 ? CN[n - 1] : "十" + CN[n - 11];
  return level === 1 ? `${c}、` : level === 2 ? `（${c}）` : `${n}.`;
}

/** Number headings per level, restarting lower levels when a higher one advances. */
function numbered(nodes: Node[]): (Node & { n: number })[] {
  const counters = [0, 0, 0, 0];
  return nodes.map((nd) => {
    if (nd.level === null || nd.level === 0) return { ...nd, n: 0 };
    counters[nd.level]++;
    for (let l = nd.level + 1; l <= 3; l++) counters[l] = 0;
    return { ...nd, n: counters[nd.level] };
  });
}

export type Form = "pasted" | "styled" | "auto";

const NUMBERING = abstractNum(0, [["chineseCounting", "%1、"], ["chineseCounting", "（%2）"], ["decimal", "%3."]]) + num(1, 0);

export function materialDocx(nodes: Node[], form: Form, localized = false): Uint8Array {
  const h = (l: number) => (localized ? `a${l}` : `Heading${l}`);
  const styles =
    style("Normal", "Normal", { isDefault: true }) +
    style("Title", "Title", { basedOn: "Normal" }) +
    [1, 2, 3].map((l) => style(h(l), localized ? `标题 ${l}` : `heading ${l}`, { basedOn: "Normal", outline: l - 1 })).join("");
  const body = numbered(nodes)
    .map((nd) => {
      if (nd.level === 0) return p(nd.text, { style: "Title" });
      if (nd.level === null) return p(nd.text);
      const lvl = nd.level;
      if (form === "pasted") return p(literal(lvl, nd.n) + nd.text);
      if (form === "auto") return p(nd.text, { numId: 1, ilvl: lvl - 1 });
      // styled: stand-alone headings carry the style and no number; run-in points stay typed text.
      return nd.runIn ? p(literal(lvl, nd.n) + nd.text) : p(nd.text, { style: h(lvl) });
    })
    .join("");
  return miniDocx({
    body,
    ...(form === "pasted" ? {} : { styles }),
    ...(form === "auto" ? { numbering: NUMBERING } : {}),
  });
}

/** Drop the top-level section whose heading contains `needle`, up to the next top-level heading. */
export function withoutSection(nodes: Node[], needle: string): Node[] {
  const start = nodes.findIndex((nd) => nd.level === 1 && nd.text.includes(needle));
  if (start < 0) throw new Error(`no top-level heading containing ${needle}`);
  let end = start + 1;
  while (end < nodes.length && nodes[end].level !== 1) end++;
  // The closing line ("以上对照检查……") belongs to the document, not to the last section.
  if (end === nodes.length && /^以上/.test(nodes[end - 1].text)) end--;
  return [...nodes.slice(0, start), ...nodes.slice(end)];
}

export const MATERIALS: { file: string; type: string; preset: string; kinds: SectionKind[]; remove: [string, SectionKind][] }[] = [
  { file: "banzi-2025.txt", type: "班子", preset: "dlsh-2025/banzi", kinds: ["存在的问题", "典型案例剖析", "原因分析", "整改措施"], remove: [["原因分析", "原因分析"], ["典型案例", "典型案例剖析"]] },
  { file: "geren-2024.txt", type: "个人", preset: "dlsh-2024/geren", kinds: ["存在的问题", "原因分析", "整改措施", "个人有关事项"], remove: [["整改措施", "整改措施"], ["存在的问题", "存在的问题"]] },
  { file: "zhibu-2022.txt", type: "党支部", preset: "zzsh-2022/zhibu", kinds: ["上年度整改落实情况", "存在的问题", "原因分析", "整改措施"], remove: [["原因分析", "原因分析"], ["存在的问题", "存在的问题"]] },
  { file: "styled-unnumbered.md", type: "党员", preset: "zzsh-2024/dangyuan", kinds: ["存在的问题", "原因分析", "整改措施"], remove: [["原因分析", "原因分析"], ["整改措施", "整改措施"]] },
];

export const FORMS: Form[] = ["pasted", "styled", "auto"];
