/** measure-checkable: a measure in 整改措施 with no time limit, quantity or responsibility. */
import data from "../../data/rules/measure-signals.json";
import type { Rule, RuleResult } from "../types";
import { readItems } from "./util/doc";
import setPhrases from "../../data/rules/set-phrases.json";
import { blankPhrases, LiteralIndex, literalAlternation, quote, visibleAtLeast } from "./util/text";

/** Numbered set phrases (三会一课, 四个意识, 十五五…) are neither deadlines nor quantities. */
const SET_PHRASES = new LiteralIndex(setPhrases.phrases, { prefilter: true });

const TIME = literalAlternation(data.time, "");
const QTY = literalAlternation(data.quantity, "");
const RESP = literalAlternation(data.responsibility, "");
const PATTERNS = data.patterns.map((s) => new RegExp(s));
const MIN_LENGTH = 12;

const MONTH = /[一二三四五六七八九十0-9]+月/;
/** Any of the signals below as one regex: one test decides whether a measure is checkable at all. */
const ANY_SIGNAL = new RegExp([TIME, MONTH, QTY, ...PATTERNS, RESP].map((re) => `(?:${re.source})`).join("|"));

/** True when the measure names a time limit, a quantity or a responsibility (any of checkability's). */
export function isCheckable(raw: string): boolean {
  return ANY_SIGNAL.test(blankPhrases(raw, SET_PHRASES));
}

export function checkability(raw: string): { time: boolean; quantity: boolean; responsibility: boolean } {
  const text = blankPhrases(raw, SET_PHRASES);
  const pat = PATTERNS.some((re) => re.test(text));
  return { time: TIME.test(text) || MONTH.test(text), quantity: QTY.test(text) || pat, responsibility: RESP.test(text) };
}

export const rule: Rule = {
  id: "measure-checkable",
  severity: "warning",
  description: "整改措施应可检验：有时限（如年底前、每季度）、量化指标（如X次）或责任主体（如牵头、责任人）",
  check(ctx) {
    const out: RuleResult[] = [];
    for (const it of readItems(ctx, ["整改措施"])) {
      if (!visibleAtLeast(it.text, MIN_LENGTH)) continue;
      if (isCheckable(it.text)) continue;
      const c = { time: false, quantity: false, responsibility: false };
      const label = it.label ? `“${it.label}”` : "该";
      out.push({
        message: `${label}整改措施没有时限、量化指标或责任主体，难以检验落实`,
        paragraph: it.paragraph,
        ...(it.paragraphEnd !== it.paragraph ? { paragraphEnd: it.paragraphEnd } : {}),
        quote: quote(it.text),
        data: { item: it.label, ...c },
      });
    }
    return out;
  },
};
