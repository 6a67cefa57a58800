/**
 * objective-cause: causes blamed on objective conditions (工作忙、任务重、人手少、历史遗留 …) in
 * 原因分析, and in 存在的问题 where a problem is explained by them (由于任务重，…).
 */
import data from "../../data/rules/objective-cause.json";
import type { Rule, RuleResult, SectionKind } from "../types";
import { kindAt } from "./util/doc";
import { clauseBounds, literalAlternation, quoteAround, sentenceBounds } from "./util/text";
import { paragraphsWith } from "./util/scan";

const PHRASES = literalAlternation(data.phrases, "g");
const EXCUSE = literalAlternation(data.excuse, "");
const SUBJECTIVE = literalAlternation(data.subjective, "");
const CAUSAL = literalAlternation(data.causal, "");
const SECTIONS = data.sections as SectionKind[];

export const rule: Rule = {
  id: "objective-cause",
  severity: "warning",
  description: "原因分析应从主观、思想上找根源，不以工作忙、任务重、人手少等客观原因开脱",
  check(ctx) {
    const out: RuleResult[] = [];
    const ps = ctx.doc.paragraphs;
    // Only paragraphs naming an objective condition can blame one.
    for (const i of paragraphsWith(ctx, PHRASES)) {
      const p = ps[i];
      const kind = kindAt(ctx, p.index);
      if (!kind || !SECTIONS.includes(kind)) continue;
      const sec = ctx.analysis.sections[ctx.analysis.sectionOf[p.index]];
      if (sec?.heading === p.index) continue;
      const text = p.text;
      PHRASES.lastIndex = 0;
      const found: { phrase: string; offset: number }[] = [];
      let m: RegExpExecArray | null;
      while ((m = PHRASES.exec(text))) {
        const [cs, ce] = clauseBounds(text, m.index, m.index + m[0].length);
        const [ss, se] = sentenceBounds(text, m.index, m.index + m[0].length);
        const clause = text.slice(cs, ce);
        const sentence = text.slice(ss, se);
        if (EXCUSE.test(sentence) || SUBJECTIVE.test(clause)) continue;
        if (kind !== "原因分析" && !CAUSAL.test(text.slice(ss, m.index))) continue;
        found.push({ phrase: m[0], offset: m.index });
      }
      if (!found.length) continue;
      const list = [...new Set(found.map((f) => f.phrase))];
      out.push({
        message: `以“${list.join("”“")}”等客观原因解释问题，应从思想、党性等主观方面剖析根源`,
        paragraph: p.index,
        quote: quoteAround(text, found[0].offset, found[0].phrase.length),
        data: { phrases: list, offsets: found.map((f) => f.offset), section: kind },
      });
    }
    return out;
  },
};
