/**
 * section-order: the core sections out of their usual order (存在的问题 → 原因分析 → 整改措施).
 * Only these three are checked: where 典型案例剖析, 上年度整改 or 政绩观 go varies between units.
 */
import type { Rule, RuleResult, SectionKind } from "../types";

const CHAIN: SectionKind[] = ["存在的问题", "原因分析", "整改措施"];

export const rule: Rule = {
  id: "section-order",
  severity: "warning",
  description: "存在的问题、原因分析、整改措施的先后顺序不对",
  check(ctx) {
    const first = new Map<SectionKind, number>();
    ctx.analysis.sections.forEach((s, i) => {
      if (s.kind && CHAIN.includes(s.kind) && !first.has(s.kind)) first.set(s.kind, i);
    });
    const out: RuleResult[] = [];
    for (let b = 1; b < CHAIN.length; b++) {
      const bi = first.get(CHAIN[b]);
      if (bi === undefined) continue;
      // The earliest kind of the chain that should come before CHAIN[b] but appears after it.
      const late = CHAIN.slice(0, b).find((a) => (first.get(a) ?? -1) > bi);
      if (!late) continue;
      const s = ctx.analysis.sections[bi];
      out.push({
        message: `“${CHAIN[b]}”部分出现在“${late}”之前，一般按存在的问题、原因分析、整改措施的顺序行文。`,
        paragraph: s.heading ?? s.start,
        quote: s.title || undefined,
        data: { section: CHAIN[b], before: late },
      });
    }
    return out;
  },
};
