/**
 * achievement-in-problems: achievements reported in 存在的问题 (取得…成效、圆满完成、获得…表彰 …).
 * A concession ("虽然取得一定成效，但…") and negated forms ("未取得明显成效") are normal.
 */
import data from "../../data/rules/achievement.json";
import type { Rule, RuleResult } from "../types";
import { kindAt } from "./util/doc";
import { clauseBounds, literalAlternation, quoteAround, sentenceBounds } from "./util/text";

const PATTERN = new RegExp(data.patterns.map((s) => `(?:${s})`).join("|"), "g");
const CONCESSION = literalAlternation(data.concession, "");
const NEGATION = literalAlternation(data.negation, "");
const WEAK_AFTER = literalAlternation(data.weakAfter, "");

export const rule: Rule = {
  id: "achievement-in-problems",
  severity: "warning",
  description: "存在的问题中不应摆成绩（取得成效、圆满完成、受到表彰等）",
  check(ctx) {
    const out: RuleResult[] = [];
    for (const p of ctx.doc.paragraphs) {
      const kind = kindAt(ctx, p.index);
      if (kind !== "存在的问题" && kind !== "政绩观") continue;
      const text = p.text;
      PATTERN.lastIndex = 0;
      const found: { phrase: string; offset: number }[] = [];
      let m: RegExpExecArray | null;
      while ((m = PATTERN.exec(text))) {
        const end = m.index + m[0].length;
        const [ss, se] = sentenceBounds(text, m.index, end);
        const [cs, ce] = clauseBounds(text, m.index, end);
        if (CONCESSION.test(text.slice(end, se))) continue; // 取得一定成效，但……
        if (/虽|尽管|固然/.test(text.slice(ss, m.index))) continue;
        if (NEGATION.test(text.slice(cs, m.index).replace(/不断/g, "")) || WEAK_AFTER.test(text.slice(end, ce))) continue;
        found.push({ phrase: m[0], offset: m.index });
      }
      if (!found.length) continue;
      const list = [...new Set(found.map((f) => f.phrase))];
      out.push({
        message: `存在的问题中摆了成绩（“${list.join("”“")}”），应直接查摆问题和差距`,
        paragraph: p.index,
        quote: quoteAround(text, found[0].offset, found[0].phrase.length),
        data: { phrases: list, offsets: found.map((f) => f.offset) },
      });
    }
    return out;
  },
};
