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

export function checkability(raw: string): { time: boolean; quantity: boolean; responsibility: boolean } {
  const text = blankPhrases(raw, SET_PHRASES);
  const pat = PATTERNS.some((re) => re.test(text));
  return { time: TIME.test(text) || /[一二三四五六七八九十0-9]+月/.test(text), quantity: QTY.test(text) || pat, responsibility: RESP.test(text) };
}

export const rule: Rule = {
  id: "measure-checkable",
  severity: "warning",
  description: "整改措施应可检验：有时限（如年底前、每季度）、量化指标（如X次）或责任主体（如牵头、责任人）",
  check(ctx) {
    const out: RuleResult[] = [];
    for (const it of readItems(ctx, ["整改措施"])) {
      if (!visibleAtLeast(it.text, MIN_LENGTH)) continue;
      const c = checkability(it.text);
      if (c.time || c.quantity || c.responsibility) continue;
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
