/**
 * missing-example: a problem item in 存在的问题 with no concrete example, date, number, name,
 * document or meeting (reviewers: 见人见事见思想).
 */
import data from "../../data/rules/example-signals.json";
import type { Rule, RuleResult } from "../types";
import { collectItems } from "./util/doc";
import setPhrases from "../../data/rules/set-phrases.json";
import { blankPhrases, LiteralIndex, literalAlternation, quote, visibleAtLeast, visibleLength } from "./util/text";

/** Numbered set phrases (四个意识, 八项规定…) are neither examples nor data. */
const SET_PHRASES = new LiteralIndex(setPhrases.phrases, { prefilter: true });

const WORDS = literalAlternation(data.words.map((w) => w.replace("…", "")), "");
const PATTERNS = data.patterns.map((s) => new RegExp(s));
/** Items shorter than this are headings or fragments, not problem statements. */
const MIN_LENGTH = 12;

export function hasExample(raw: string): boolean {
  const text = blankPhrases(raw, SET_PHRASES);
  if (WORDS.test(text)) return true;
  if (/以[^，。；]{1,20}为例/.test(text)) return true;
  return PATTERNS.some((re) => re.test(text));
}

export const rule: Rule = {
  id: "missing-example",
  severity: "warning",
  description: "存在的问题中每个问题应有具体事例、时间、数据或名称（见人见事）",
  check(ctx) {
    const out: RuleResult[] = [];
    for (const it of collectItems(ctx, ["存在的问题", "政绩观"])) {
      if (!visibleAtLeast(it.text, MIN_LENGTH) || hasExample(it.text)) continue;
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
