/**
 * missing-example: a problem item in 存在的问题 with no concrete example, date, number, name,
 * document or meeting (reviewers: 见人见事见思想).
 */
import data from "../../data/rules/example-signals.json";
import type { Rule, RuleContext, RuleResult } from "../types";
import { bodyOffset, itemsByParagraph, perCheck, readItems } from "./util/doc";
import setPhrases from "../../data/rules/set-phrases.json";
import { blankPhrases, LiteralIndex, literalAlternation, quote, visibleAtLeast, visibleLength } from "./util/text";

/** Numbered set phrases (四个意识, 八项规定…) are neither examples nor data. */
const SET_PHRASES = new LiteralIndex(setPhrases.phrases, { prefilter: true });

const WORDS = literalAlternation(data.words.map((w) => w.replace("…", "")), "");
const PATTERNS = data.patterns.map((s) => new RegExp(s));
/** Items shorter than this are headings or fragments, not problem statements. */
const MIN_LENGTH = 12;

/** WORDS, 以……为例 and every pattern as one regex: one test per item. */
const ANY_EXAMPLE = new RegExp([WORDS, /以[^，。；]{1,20}为例/, ...PATTERNS].map((re) => `(?:${re.source})`).join("|"));

export function hasExample(raw: string): boolean {
  return ANY_EXAMPLE.test(blankPhrases(raw, SET_PHRASES));
}

/** How far back an item looks for the sub-heading it sits under. */
const HEADING_LOOKBACK = 60;
const CASE_HEADING = /案例|案件|事故|事件/;

/**
 * True when the item sits under a case sub-heading ("结合典型案例剖析检查出的问题") whose case is
 * told concretely (a date, a number, a name) between the heading and the item: the case is the
 * example of every lesson drawn from it.
 */
function underToldCase(ctx: RuleContext, byPara: ReturnType<typeof itemsByParagraph>, paragraph: number, sectionStart: number): boolean {
  const ps = ctx.doc.paragraphs;
  // The nearest stand-alone sub-heading above the item, within the section and the lookback.
  const i = headingsAbove(ctx, byPara)[paragraph];
  if (i <= sectionStart || paragraph - i > HEADING_LOOKBACK) return false;
  if (!CASE_HEADING.test(byPara.get(i)!.title)) return false;
  for (let j = i + 1; j < paragraph; j++) if (!byPara.has(j) && hasExample(ps[j].text)) return true;
  return false;
}

const HEADINGS_ABOVE = Symbol("headingsAbove");

/**
 * For each paragraph, the nearest paragraph before it that is a stand-alone heading (an outline
 * item with no body text), or -1: one pass per check instead of a walk back from every item.
 */
function headingsAbove(ctx: RuleContext, byPara: ReturnType<typeof itemsByParagraph>): Int32Array {
  return perCheck(ctx, HEADINGS_ABOVE, () => {
    const ps = ctx.doc.paragraphs;
    const out = new Int32Array(ps.length);
    let last = -1;
    for (let p = 0; p < ps.length; p++) {
      out[p] = last;
      const it = byPara.get(p);
      if (it && bodyOffset(ps[p].text, it) >= ps[p].text.length) last = p;
    }
    return out;
  });
}

export const rule: Rule = {
  id: "missing-example",
  severity: "warning",
  description: "存在的问题中每个问题应有具体事例、时间、数据或名称（见人见事）",
  check(ctx) {
    const out: RuleResult[] = [];
    const byPara = itemsByParagraph(ctx);
    for (const it of readItems(ctx, ["存在的问题", "政绩观"])) {
      if (!visibleAtLeast(it.text, MIN_LENGTH) || hasExample(it.text)) continue;
      if (underToldCase(ctx, byPara, it.paragraph, ctx.analysis.sections[it.section].start)) continue;
      const label = it.label ? `“${it.label}”` : "该";
      out.push({
        message: `${label}问题缺少具体事例，未写明时间、事件、数据或名称，显得笼统`,
        paragraph: it.paragraph,
        ...(it.paragraphEnd !== it.paragraph ? { paragraphEnd: it.paragraphEnd } : {}),
        quote: quote(it.text),
        data: { item: it.label, offset: it.offset, length: visibleLength(it.text) },
      });
    }
    return out;
  },
};
