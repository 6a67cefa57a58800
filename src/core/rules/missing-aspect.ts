/**
 * missing-aspect: the preset's aspects (e.g. the 五个带头) not covered under 存在的问题.
 * Reported only when the document clearly organises its problems by the preset's aspects (at least
 * two sub-headings match an aspect; run-in points such as 一是…… are not sub-headings), so a
 * material with its own grouping or a flat list of points is not flooded. A problem
 * section whose sub-headings match none of the aspects gets one info note instead (e.g. last year's
 * list used with this year's preset).
 *
 * Matching is also by content: a sub-heading whose own wording matches no aspect takes the aspect
 * its items talk about (the aspect's keywords in the paragraphs under it). When the preset's aspect
 * wording is unverified, findings are info, not warnings.
 */
import type { Rule, RuleResult } from "../types";
import { aspectInsertion } from "../insertion";
import { headingAspects, matchAspect } from "../aspects";

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
    const byHeading = matched.size;
    for (const h of headings) {
      if (h.aspectId !== null) continue;
      let body = "";
      for (let i = h.start; i <= h.end && i < ctx.doc.paragraphs.length; i++) if (i !== h.paragraph) body += ctx.doc.paragraphs[i].text;
      const id = matchAspect(body, preset.aspects);
      if (id) matched.add(id);
    }
    const sev = preset.verified ? {} : { severity: "info" as const };
    const unverified = preset.verified ? "" : "（本年度方面表述系据公开报道重建、未核实，仅供参考）";
    const group = preset.aspectGroup ? `“${preset.aspectGroup}”` : "本次要求的各个方面";
    const sec = secs[0];
    if (byHeading === 0) {
      if (headings.length < 2 || matched.size >= Math.min(preset.aspects.length, headings.length)) return [];
      return [{
        severity: "info",
        message: `“存在的问题”的小标题与${preset.label.split(" · ")[0]}要求的${group}对不上，请核对是否按本次要求的方面逐项查摆。${unverified}`,
        paragraph: sec.heading ?? sec.start,
        data: { section: "存在的问题", aspectGroup: preset.aspectGroup },
      }];
    }
    if (byHeading < 2) return [];
    const out: RuleResult[] = [];
    preset.aspects.forEach((a, i) => {
      if (matched.has(a.id)) return;
      const ins = aspectInsertion(analysis, preset, sec, a.id);
      out.push({
        ...sev,
        message: `“存在的问题”缺少${group}中的第${i + 1}个方面：“${a.name}”。${unverified}`,
        paragraph: sec.heading ?? sec.start,
        data: { section: "存在的问题", aspectId: a.id },
        // A number that would repeat a following one and cannot be shifted: no fix rather than a duplicate.
        ...(ins.renumberFollowing && !ins.renumber
          ? {}
          : {
              fix: {
                type: "insert-skeleton" as const,
                label: `插入“${a.short}”方面的骨架${ins.renumber ? "，并将后面各方面的序号顺延" : ""}`,
                after: ins.after,
                nodes: ins.nodes,
                ...(ins.renumber ? { renumber: ins.renumber } : {}),
                ...(ins.plain ? { plain: true } : {}),
              },
            }),
      });
    });
    return out;
  },
};
