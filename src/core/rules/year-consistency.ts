/**
 * year-consistency: the 年度 in the title against the body and the preset. 上年度 = 年度 − 1:
 * "2025年度民主生活会整改落实情况" in a 2025年度 material should read 2024年度. Also flags a later
 * 年度 than the title's, and a stale aspect group ("四个带头" in a 2025年度 material).
 */
import data from "../../data/rules/year-themes.json";
import type { Rule, RuleResult } from "../types";
import { kindAt } from "./util/doc";
import { literalAlternation, quoteAround, sentenceBounds } from "./util/text";

const YEAR_MEETING = /(\d{4})\s*年度(?=(?:党员领导干部|领导班子|班子)?(?:专题)?(?:民主生活会|组织生活会))/g;
const TITLE_YEAR = /(\d{4})\s*年度/;
const GROUP_RE = literalAlternation(data.aspectGroups.map((g) => g.name), "g");
const FRAME = literalAlternation(data.frameWords, "");
const PREVIOUS = literalAlternation(data.previousWords, "");

export const rule: Rule = {
  id: "year-consistency",
  severity: "warning",
  description: "年度前后一致：标题年度与正文、所选方案一致，上年度＝本年度−1，不沿用往年的查摆提法",
  check(ctx) {
    const out: RuleResult[] = [];
    const title = ctx.analysis.title;
    const tm = title ? TITLE_YEAR.exec(title.text) : null;
    const titleYear = tm ? Number(tm[1]) : null;
    const year = titleYear ?? ctx.preset.year;
    if (title && titleYear !== null && ctx.preset.year !== null && titleYear !== ctx.preset.year) {
      out.push({
        message: `标题为${titleYear}年度，但所选检查方案为${ctx.preset.year}年度，请核对年度或更换方案`,
        paragraph: title.paragraph,
        quote: quoteAround(title.text, tm!.index, tm![0].length),
        data: { problem: "title-vs-preset", titleYear, presetYear: ctx.preset.year },
      });
    }
    if (year === null) return out;
    for (const p of ctx.doc.paragraphs) {
      if (title && p.index === title.paragraph) continue;
      const text = p.text;
      if (!text.includes("年度") && !text.includes("带头") && !text.includes("方面")) continue;
      YEAR_MEETING.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = YEAR_MEETING.exec(text))) {
        const y = Number(m[1]);
        const [, se] = sentenceBounds(text, m.index, m.index + m[0].length);
        const after = text.slice(m.index + m[0].length, Math.min(se, m.index + m[0].length + 20));
        const isPrevious = /整改|查摆的|查摆出|以来/.test(after) || kindAt(ctx, p.index) === "上年度整改落实情况";
        const offset = m.index;
        const length = m[1].length;
        if (y > year) {
          out.push({
            message: `正文出现“${m[0]}”，晚于本材料的${year}年度，请核对年份`,
            paragraph: p.index, quote: quoteAround(text, offset, m[0].length),
            data: { problem: "later-year", found: y, year },
            fix: { type: "replace", label: `改为${year}`, paragraph: p.index, offset, length, expected: m[1], replacement: String(year) },
          });
        } else if (isPrevious && y === year && /整改/.test(text.slice(m.index, se))) {
          out.push({
            message: `“${m[0]}”的整改落实情况应为上年度，即${year - 1}年度`,
            paragraph: p.index, quote: quoteAround(text, offset, m[0].length),
            data: { problem: "previous-year", found: y, expected: year - 1, year },
            fix: { type: "replace", label: `改为${year - 1}`, paragraph: p.index, offset, length, expected: m[1], replacement: String(year - 1) },
          });
        } else if (isPrevious && y < year - 1) {
          out.push({
            message: `上年度应为${year - 1}年度，此处写作“${m[0]}”，可能沿用了往年材料`,
            paragraph: p.index, quote: quoteAround(text, offset, m[0].length),
            severity: "info",
            data: { problem: "stale-previous-year", found: y, expected: year - 1, year },
          });
        }
      }
      GROUP_RE.lastIndex = 0;
      while ((m = GROUP_RE.exec(text))) {
        const g = data.aspectGroups.find((x) => x.name === m![0])!;
        if (g.years.includes(year)) continue;
        if (ctx.preset.aspectGroup && ctx.preset.aspectGroup === g.name) continue;
        const [ss, se] = sentenceBounds(text, m.index, m.index + m[0].length);
        const sentence = text.slice(ss, se);
        if (PREVIOUS.test(sentence) || kindAt(ctx, p.index) === "上年度整改落实情况") continue;
        if (!FRAME.test(text.slice(ss, m.index)) && !/方面|问题|要求/.test(text.slice(m.index, se))) continue;
        const expectedGroup = data.aspectGroups.find((x) => x.years.includes(year))?.name ?? ctx.preset.aspectGroup;
        out.push({
          message: `“${g.name}”是${g.years.join("、")}年度的查摆提法，${year}年度${expectedGroup ? `应为“${expectedGroup}”` : "请核对"}`,
          paragraph: p.index, quote: quoteAround(text, m.index, m[0].length),
          data: { problem: "stale-theme", found: g.name, foundYears: g.years, year, expected: expectedGroup ?? null },
        });
      }
    }
    return out;
  },
};
