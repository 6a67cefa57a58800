/**
 * achievement-in-problems: achievements reported in 存在的问题 (取得…成效、圆满完成、获得…表彰 …).
 * A concession ("虽然取得一定成效，但…"), negated forms ("未取得明显成效") and a 成果 that the
 * sentence says falls short ("把学习成果转化为实际成效还不够") are normal.
 *
 * Also reported:
 * - 先扬后抑: a problem item whose sentence opens with praise (能够…, 始终…, 不断…) and only then
 *   turns to the shortcoming (但… / 还存在…) — one finding per item, quoting the praise clause;
 * - a 上年度整改落实情况 part that lists results but states no problem status (已完成、持续整改…).
 */
import data from "../../data/rules/achievement.json";
import type { Rule, RuleResult } from "../types";
import { readItems, compactBodyText, kindAt } from "./util/doc";
import { clauseBounds, literalAlternation, quote, quoteAround, sentenceBounds } from "./util/text";
import { paragraphsWith } from "./util/scan";

const PATTERN = new RegExp(data.patterns.map((s) => `(?:${s})`).join("|"), "g");
/** The same patterns, not global: the trigger of the candidate paragraphs (util/scan.ts). */
const TRIGGER = new RegExp(PATTERN.source);
const CONCESSION = literalAlternation(data.concession, "");
const NEGATION = literalAlternation(data.negation, "");
const WEAK_AFTER = literalAlternation(data.weakAfter, "");
const SHORTCOMING = literalAlternation(data.shortcoming, "");
const PRAISE = new RegExp(`^[^，。；,;]{0,12}?(?:${data.praiseOpeners.join("|")})`);
const TURN = literalAlternation(data.turnWords, "");
const STATUS = new RegExp(data.statusPatterns.map((s) => `(?:${s})`).join("|"));
const ELSEWHERE = literalAlternation(data.elsewhere, "");
const RESULT = new RegExp(data.resultPatterns.map((s) => `(?:${s})`).join("|"));

/** 先扬后抑 in one item: the first sentence (after a short lead such as "一是……不深。") that opens with praise and turns. */
function praiseFirst(text: string): { offset: number; clause: string } | null {
  let start = 0;
  for (let k = 0; k < 2 && start < text.length; k++) {
    const [ss, se] = sentenceBounds(text, start);
    const sentence = text.slice(ss, se);
    const m = PRAISE.exec(sentence);
    if (m) {
      const clauseEnd = clauseBounds(sentence, 0)[1];
      const turnsNext = /^[\s\u3000]*(?:但|但是|然而|不过)/.test(text.slice(se + 1, se + 6));
      const turn = turnsNext ? 0 : sentence.slice(clauseEnd).search(TURN);
      if (turn >= 0 && !/不够|不足|不到位|不高|不强|不深|不等|未|没有|差距|有待|欠缺|问题/.test(sentence.slice(0, clauseEnd))) return { offset: ss, clause: sentence.slice(0, clauseEnd) };
    }
    start = se + 1;
  }
  return null;
}
export const rule: Rule = {
  id: "achievement-in-problems",
  severity: "warning",
  description: "存在的问题中不应摆成绩（取得成效、圆满完成、受到表彰等）",
  check(ctx) {
    const out: RuleResult[] = [];
    const ps = ctx.doc.paragraphs;
    for (const i of paragraphsWith(ctx, TRIGGER)) {
      const p = ps[i];
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
        if (SHORTCOMING.test(text.slice(end, se))) continue; // 把取得的成果转化为……还不够
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
    const reported = new Set(out.map((f) => f.paragraph));
    for (const it of readItems(ctx, ["存在的问题"])) {
      if (reported.has(it.paragraph) && it.paragraphEnd === it.paragraph && !it.label) continue;
      const pf = praiseFirst(it.text);
      if (!pf) continue;
      out.push({
        message: `先扬后抑：${it.label ? `“${it.label}”` : "该"}问题先讲做得好的（“${pf.clause.length > 20 ? pf.clause.slice(0, 19) + "…" : pf.clause}”），再讲不足，应开门见山直接查摆问题`,
        paragraph: it.paragraph,
        quote: quote(it.text, pf.offset, pf.clause.length),
        data: { kind: "praise-first", praise: pf.clause, item: it.label },
      });
    }
    for (const sec of ctx.analysis.sections) {
      if (sec.kind !== "上年度整改落实情况") continue;
      const body = compactBodyText(ctx, sec);
      if (!body || STATUS.test(body) || ELSEWHERE.test(body) || !RESULT.test(body)) continue;
      out.push({
        message: "“上年度整改落实情况”只讲了成效，没有说明查摆了哪些问题、每个问题整改到什么程度（已完成、持续整改等）",
        paragraph: sec.heading ?? sec.start,
        ...(sec.end > (sec.heading ?? sec.start) ? { paragraphEnd: sec.end } : {}),
        data: { kind: "last-year-results-only", section: "上年度整改落实情况" },
      });
    }
    return out.sort((a, b) => a.paragraph - b.paragraph);
  },
};
