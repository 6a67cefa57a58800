/**
 * measure-coverage: an aspect with problems under 存在的问题 (an aspect sub-heading, not a run-in
 * point that merely mentions it) but no matching measure under 整改措施.
 * A measure matches when a 整改措施 sub-heading maps to the same aspect, or when the 整改措施 text
 * mentions one of the aspect's keywords (measures are often grouped differently from the problems),
 * or — when no measure sub-heading maps to any aspect — when there are at least as many measures as
 * problem aspects (matched by order). Measure sub-headings that map to no aspect ("强化理论武装",
 * "密切联系群众") are presumed to answer the aspects left uncovered, one each, as long as the measures
 * are at least as many as the problem aspects: only a real shortfall is reported.
 */
import type { Rule, RuleResult } from "../types";
import { aspectInsertion } from "../insertion";
import { headingAspects } from "../aspects";
import { compactBodyText } from "./util/doc";

export const rule: Rule = {
  id: "measure-coverage",
  severity: "warning",
  description: "查摆了问题的方面在整改措施中没有对应措施",
  check(ctx) {
    const { preset, analysis, doc } = ctx;
    const prob = analysis.sections.find((s) => s.kind === "存在的问题");
    const meas = analysis.sections.find((s) => s.kind === "整改措施");
    if (!prob || !meas || !preset.aspects.length) return [];
    const measureIds = new Set(meas.aspects.map((a) => a.aspectId).filter((x) => x !== null));
    if (measureIds.size === 0 && meas.aspects.length >= prob.aspects.length) return [];
    const text = compactBodyText(ctx, meas);
    if (!text) return []; // an empty 整改措施 is empty-section's business
    const uncovered: { id: string; problemParagraph: number }[] = [];
    const seen = new Set<string>();
    let problemAspects = 0;
    for (const pa of headingAspects(analysis, prob)) {
      const id = pa.aspectId;
      if (id === null || seen.has(id)) continue;
      seen.add(id);
      const aspect = preset.aspects.find((a) => a.id === id);
      if (!aspect) continue;
      const hasProblems = doc.paragraphs.slice(pa.start + 1, pa.end + 1).some((p) => p.text.trim()) || (doc.paragraphs[pa.paragraph]?.text.length ?? 0) > pa.title.length + 8;
      if (!hasProblems) continue;
      problemAspects++;
      if (measureIds.has(id)) continue;
      if ([aspect.short, ...aspect.keywords].some((k) => k && text.includes(k))) continue;
      uncovered.push({ id, problemParagraph: pa.paragraph });
    }
    const unmatchedMeasures = meas.aspects.filter((a) => a.aspectId === null).length;
    if (uncovered.length <= unmatchedMeasures && meas.aspects.length >= problemAspects) return [];
    const out: RuleResult[] = [];
    for (const { id, problemParagraph } of uncovered) {
      const aspect = preset.aspects.find((a) => a.id === id)!;
      const ins = aspectInsertion(analysis, preset, meas, id);
      out.push({
        message: `“${aspect.short}”方面查摆了问题，但“整改措施”中没有对应的措施。`,
        paragraph: meas.heading ?? meas.start,
        data: { section: "整改措施", aspectId: id, problemParagraph },
        ...(ins.renumberFollowing && !ins.renumber
          ? {}
          : {
              fix: {
                type: "insert-skeleton" as const,
                label: `插入“${aspect.short}”方面整改措施的骨架${ins.renumber ? "，并将后面的序号顺延" : ""}`,
                after: ins.after,
                nodes: ins.nodes,
                ...(ins.renumber ? { renumber: ins.renumber } : {}),
                ...(ins.plain ? { plain: true } : {}),
              },
            }),
      });
    }
    return out;
  },
};
