/** canonical-term: misspelled fixed political formulas (新世代 → 新时代 …), from a data dictionary. */
import data from "../../data/rules/canonical-terms.json";
import type { Rule, RuleResult } from "../types";
import { literalAlternation, quoteAround } from "./util/text";
import { paragraphsWith } from "./util/scan";

const CORRECT_OF = new Map<string, string>();
for (const t of data.terms) for (const w of t.wrong) if (!CORRECT_OF.has(w)) CORRECT_OF.set(w, t.correct);
// Longest variant first, so "习近平新世代中国特色社会主义思想" wins over "新世代".
const WRONG_RE = literalAlternation([...CORRECT_OF.keys()], "g");

export const rule: Rule = {
  id: "canonical-term",
  severity: "error",
  description: "固定政治表述的规范写法（习近平新时代中国特色社会主义思想、“两个确立”、中央八项规定精神等）",
  check(ctx) {
    const out: RuleResult[] = [];
    const ps = ctx.doc.paragraphs;
    for (const i of paragraphsWith(ctx, WRONG_RE)) {
      const p = ps[i];
      const text = p.text;
      WRONG_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WRONG_RE.exec(text))) {
        const wrong = m[0];
        const correct = CORRECT_OF.get(wrong)!;
        out.push({
          message: `“${wrong}”表述不规范，应为“${correct}”`,
          paragraph: p.index,
          quote: quoteAround(text, m.index, wrong.length),
          data: { wrong, correct, offset: m.index },
          fix: { type: "replace", label: `改为“${correct}”`, paragraph: p.index, offset: m.index, length: wrong.length, expected: wrong, replacement: correct },
        });
      }
    }
    return out;
  },
};
