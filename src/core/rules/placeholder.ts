/** placeholder: unfilled placeholders (XX, ××, ***, 某某, ___, 【…】, （此处填写…）). */
import { markdownMarkerOffsets } from "./copy-residue";
import data from "../../data/rules/placeholder.json";
import type { Rule, RuleResult } from "../types";
import { kindAt, residueOnlyAt } from "./util/doc";
import { quoteAround } from "./util/text";
import { paragraphsWith } from "./util/scan";

const PATTERN = new RegExp(data.patterns.map((p) => `(?:${p.source})`).join("|"), "g");
/**
 * Every pattern above matches one of these characters or words: the paragraphs without any are
 * skipped with one test each (util/scan.ts). A new pattern must keep this true.
 */
const TRIGGER = /[XＸx×*＊_＿□■【]|某|[（(](?:此处|这里|请)/;
const ALLOW = new Set<string>(data.allowWords);
const ALLOW_AFTER: readonly string[] = data.allowAfter;
// Common surnames for "王某某"-style anonymised names in published cases (first character only).
const SURNAME = /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]/;

export const rule: Rule = {
  id: "placeholder",
  severity: "error",
  description: "未填写的占位符：XX、××、***、某某、___、【……】、（此处填写……），以及词中的替代字（市x局、X中X会、*部门、市某局）",
  check(ctx) {
    const out: RuleResult[] = [];
    const ps = ctx.doc.paragraphs;
    for (const i of paragraphsWith(ctx, TRIGGER)) {
      const p = ps[i];
      const text = p.text;
      if (!text) continue;
      PATTERN.lastIndex = 0;
      const found: { text: string; offset: number }[] = [];
      /** Markdown ** markers (copy-residue's), computed only when a ** is found. */
      let md: Set<number> | null = null;
      let m: RegExpExecArray | null;
      while ((m = PATTERN.exec(text))) {
        const s = m[0];
        if (!s) { PATTERN.lastIndex++; continue; }
        if (ALLOW.has(s)) continue;
        if (s === "**" && (md ??= markdownMarkerOffsets(text)).has(m.index)) continue; // Markdown emphasis: copy-residue
        if (s.length === 1 && ALLOW_AFTER.some((w) => text.startsWith(w, m!.index))) continue;
        // 某 alone ("某局", "市某") names an anonymised unit in a cited case: not a placeholder there.
        if (s === "某") {
          const kind = kindAt(ctx, p.index);
          if (kind && data.caseNameSections.includes(kind)) continue;
        }
        if (s === "某某" && m.index > 0 && SURNAME.test(text[m.index - 1])) {
          const kind = kindAt(ctx, p.index);
          if (kind && data.caseNameSections.includes(kind)) continue;
        }
        found.push({ text: s, offset: m.index });
      }
      // A residue-only paragraph ("某某文库……") is reported once, by copy-residue.
      if (!found.length || residueOnlyAt(ctx, i)) continue;
      const list = [...new Set(found.map((f) => f.text))];
      out.push({
        message: `有未填写的占位内容：${list.map((s) => `“${s}”`).join("、")}，请补充实际内容`,
        paragraph: p.index,
        quote: quoteAround(text, found[0].offset, found[0].text.length),
        data: { placeholders: list, offsets: found.map((f) => f.offset) },
      });
    }
    return out;
  },
};
