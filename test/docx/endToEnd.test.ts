/**
 * "Done when" of issue 3, end to end through readDocx + checkDocument: each complete material type
 * (班子, 个人, 党支部, 党员) as a .docx in three forms —
 *   pasted : no styles, literal 一、/（一）/1. numbering typed in the text;
 *   styled : heading styles (built-in "heading N" or localized "标题 N"), no literal numbers;
 *   auto   : 一、/（一）/1. produced by numbering.xml (chineseCounting / decimal), no literal numbers —
 * reports no missing-section for its present sections; removing a top-level section is reported
 * with its canonical name; copy residue and numbering slips pasted into it are found.
 *
 * The materials are the project's own fixtures (test/fixtures/core). The test turns each into a
 * small outline with its own regexes (independent of the engine), then writes the three .docx forms.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocx } from "../../src/docx";
import { checkDocument } from "../../src/core/checker";
import type { SectionKind } from "../../src/core/types";
import { abstractNum, miniDocx, num, p, style } from "./helpers";

const FIXTURES = join(__dirname, "..", "fixtures", "core");
const CN = "一二三四五六七八九十";

/** One paragraph of a material: a title, a heading (level 1..3) or body text. */
interface Node {
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

function parseOutline(file: string): Node[] {
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

type Form = "pasted" | "styled" | "auto";

const NUMBERING = abstractNum(0, [["chineseCounting", "%1、"], ["chineseCounting", "（%2）"], ["decimal", "%3."]]) + num(1, 0);

function toDocx(nodes: Node[], form: Form, localized = false): Uint8Array {
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
function withoutSection(nodes: Node[], needle: string): Node[] {
  const start = nodes.findIndex((nd) => nd.level === 1 && nd.text.includes(needle));
  if (start < 0) throw new Error(`no top-level heading containing ${needle}`);
  let end = start + 1;
  while (end < nodes.length && nodes[end].level !== 1) end++;
  // The closing line ("以上对照检查……") belongs to the document, not to the last section.
  if (end === nodes.length && /^以上/.test(nodes[end - 1].text)) end--;
  return [...nodes.slice(0, start), ...nodes.slice(end)];
}

const MATERIALS: { file: string; type: string; preset: string; kinds: SectionKind[]; remove: [string, SectionKind][] }[] = [
  { file: "banzi-2025.txt", type: "班子", preset: "dlsh-2025/banzi", kinds: ["存在的问题", "典型案例剖析", "原因分析", "整改措施"], remove: [["原因分析", "原因分析"], ["典型案例", "典型案例剖析"]] },
  { file: "geren-2024.txt", type: "个人", preset: "dlsh-2024/geren", kinds: ["存在的问题", "原因分析", "整改措施", "个人有关事项"], remove: [["整改措施", "整改措施"], ["存在的问题", "存在的问题"]] },
  { file: "zhibu-2022.txt", type: "党支部", preset: "zzsh-2022/zhibu", kinds: ["上年度整改落实情况", "存在的问题", "原因分析", "整改措施"], remove: [["原因分析", "原因分析"], ["存在的问题", "存在的问题"]] },
  { file: "styled-unnumbered.md", type: "党员", preset: "zzsh-2024/dangyuan", kinds: ["存在的问题", "原因分析", "整改措施"], remove: [["原因分析", "原因分析"], ["整改措施", "整改措施"]] },
];

const FORMS: Form[] = ["pasted", "styled", "auto"];

describe.each(MATERIALS)("$type material ($file) as .docx", (m) => {
  const nodes = parseOutline(m.file);

  it("the test's own outline finds the top-level headings", () => {
    expect(nodes.filter((nd) => nd.level === 1).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(FORMS)("%s form", (form) => {
    const check = (ns: Node[], localized = false) => checkDocument(readDocx(toDocx(ns, form, localized)));

    it("is detected, has its sections, and reports no missing-section and no error", () => {
      for (const localized of form === "styled" ? [false, true] : [false]) {
        const r = check(nodes, localized);
        expect(r.preset.id).toBe(m.preset);
        expect(r.sections.map((s) => s.kind).filter((k) => k !== null && k !== "导语" && k !== "结束语")).toEqual(m.kinds);
        expect(r.findings.filter((f) => f.ruleId === "missing-section")).toEqual([]);
        expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
        // A complete, well-formed material must not drown in warnings.
        expect(r.findings.filter((f) => f.severity === "warning").length).toBeLessThanOrEqual(2);
      }
    });

    it.each(m.remove)("removing the section headed “…%s…” reports missing-section %s", (needle, kind) => {
      const r = check(withoutSection(nodes, needle));
      const missing = r.findings.filter((f) => f.ruleId === "missing-section");
      expect(missing.map((f) => f.data?.section)).toEqual([kind]);
      expect(missing[0].severity).toBe("error");
      expect(missing[0].message).toContain(`“${kind}”`);
    });

    it("finds a pasted website watermark and a run-in numbering slip", () => {
      const problems = nodes.findIndex((nd) => nd.level === 1 && nd.text.includes("存在"));
      const firstRunIn = nodes.findIndex((nd, i) => i > problems && nd.level === null && nd.text.startsWith("一是"));
      const slip: Node = { level: null, text: "三是会议部署多、跟踪问效少。比如，今年二季度的4项督办事项有1项逾期。“公文范例网，www.gongwen-example.com”" };
      const messy = [...nodes];
      if (firstRunIn > problems) {
        // 一是 … then 三是: 二是 skipped; the watermark is glued to the end of the paragraph.
        messy.splice(firstRunIn + 1, 0, slip);
      } else {
        // No 一是 points in this material (1. items): add a 一是 / 三是 pair after the first item.
        const firstItem = nodes.findIndex((nd, i) => i > problems && nd.level === 3);
        expect(firstItem).toBeGreaterThan(problems);
        messy.splice(firstItem + 1, 0, { level: null, text: "一是对新入职党员的跟踪培养不够。比如，今年接收的2名预备党员只谈过一次话。" }, slip);
      }
      const r = check(messy);
      const residue = r.findings.filter((f) => f.ruleId === "copy-residue");
      expect(residue).toHaveLength(1);
      expect(residue[0].data?.residue).toEqual(["“公文范例网，www.gongwen-example.com”"]);
      expect(residue[0].message).toContain("公文范例网，www.gongwen");
      const slips = r.findings.filter((f) => f.ruleId === "numbering" && /三是/.test(f.message));
      expect(slips).toHaveLength(1);
      expect(slips[0].message).toMatch(/二是/);
    });
  });
});
