/**
 * missing-aspect: the preset's aspects (e.g. the 五个带头) not covered under 存在的问题.
 * Reported only when the document clearly organises its problems by the preset's aspects (at least
 * two sub-headings match an aspect; run-in points such as 一是…… are not sub-headings), so a
 * material with its own grouping or a flat list of points is not flooded. A problem
 * section whose sub-headings match none of the aspects gets one info note instead (e.g. last year's
 * list used with this year's preset).
 */
import type { Rule, RuleResult } from "../types";
import { aspectInsertion } from "../insertion";
import { headingAspects } from "../aspects";

export const rule: Rule = {
  id: "missing-aspect",
  severity: "warning",
  description: "存在的问题没有覆盖本次要求查摆的全部方面",
  check(ctx) {
    const { preset, analysis } = ctx;
    if (!preset.aspects.length) return [];
    const secs = analysis.sections.filter((s) => s.kind === "存在的问题");
    if (!secs.length) return [];
    const headings = secs.flatMap((s) => headingAspects(analysis, s));
    const matched = new Set(headings.map((a) => a.aspectId).filter((x): x is string => x !== null));
    const group = preset.aspectGroup ? `“${preset.aspectGroup}”` : "本次要求的各个方面";
    const sec = secs[0];
    if (matched.size === 0) {
      if (headings.length < 2) return [];
      return [{
        severity: "info",
        message: `“存在的问题”的小标题与${preset.label.split(" · ")[0]}要求的${group}对不上，请核对是否按本次要求的方面逐项查摆。`,
        paragraph: sec.heading ?? sec.start,
        data: { section: "存在的问题", aspectGroup: preset.aspectGroup },
      }];
    }
    if (matched.size < 2) return [];
    const out: RuleResult[] = [];
    preset.aspects.forEach((a, i) => {
      if (matched.has(a.id)) return;
      const ins = aspectInsertion(analysis, preset, sec, a.id);
      out.push({
        message: `“存在的问题”缺少${group}中的第${i + 1}个方面：“${a.name}”。`,
        paragraph: sec.heading ?? sec.start,
        data: { section: "存在的问题", aspectId: a.id },
        fix: {
          type: "insert-skeleton",
          label: `插入“${a.short}”方面的骨架${ins.renumberFollowing ? "（插入后请顺延后面的序号）" : ""}`,
          after: ins.after,
          nodes: ins.nodes,
        },
      });
    });
    return out;
  },
};
