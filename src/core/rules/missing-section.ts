/**
 * missing-section: a section the preset requires is absent. Error for 存在的问题 / 原因分析 / 整改措施
 * and the preset's other required sections (典型案例剖析 …); warning for 导语 and 结束语.
 * A section also counts as present when it appears as a sub-heading anywhere (e.g. 典型案例剖析
 * nested inside 存在的问题). The fix inserts the section's skeleton at its place in the canonical
 * order, numbered after the section before it, and shifts the literal numbers of the sections after
 * it when they would repeat (see src/core/insertion.ts for the numbering policy).
 */
import type { Rule, RuleContext, RuleResult, SectionKind } from "../types";
import { classifyHeading, isClosingParagraph } from "../sections";
import { sectionInsertion } from "../insertion";

const LESSER: SectionKind[] = ["导语", "结束语"];

const WHY: Record<SectionKind, string> = {
  导语: "开头应简要说明会前学习研讨、征求意见、谈心谈话等准备情况",
  上年度整改落实情况: "应通报上年度查摆问题的整改落实情况",
  会前准备情况: "应说明会前学习研讨、征求意见、谈心谈话情况",
  存在的问题: "对照检查材料应对照要求逐项查摆存在的问题，这是审核的重点",
  典型案例剖析: "本次要求结合反面典型案例进行剖析，对照案例查摆自身差距",
  政绩观: "本次要求查摆树立和践行正确政绩观方面的问题",
  原因分析: "查摆问题之后应从思想上、主观上剖析产生问题的根源",
  整改措施: "应针对查摆出的问题逐项提出整改措施，写明时限和可检验的目标",
  个人有关事项: "应说明个人有关事项报告以及受到函询、诫勉、问责等情况",
  结束语: "个人材料一般以“不妥之处，恳请同志们批评指正”结尾",
};

function presentKinds(ctx: RuleContext): Set<SectionKind> {
  const kinds = new Set<SectionKind>();
  for (const s of ctx.analysis.sections) if (s.kind) kinds.add(s.kind);
  for (const it of ctx.analysis.items) {
    if (it.runIn) continue;
    const k = classifyHeading(it.title);
    if (k) kinds.add(k);
  }
  if (!kinds.has("结束语")) {
    const ps = ctx.doc.paragraphs;
    let seen = 0;
    for (let i = ps.length - 1; i >= 0 && seen < 5; i--) {
      if (!ps[i].text.trim()) continue;
      seen++;
      if (isClosingParagraph(ps[i].text)) kinds.add("结束语");
    }
  }
  return kinds;
}

export const rule: Rule = {
  id: "missing-section",
  severity: "error",
  description: "缺少预设要求的部分（存在的问题、原因分析、整改措施等）",
  check(ctx) {
    const n = ctx.doc.paragraphs.length;
    if (!ctx.doc.paragraphs.some((p) => p.text.trim())) return [];
    const present = presentKinds(ctx);
    const out: RuleResult[] = [];
    for (const s of ctx.preset.sections) {
      if (!s.required || present.has(s.kind)) continue;
      const ins = sectionInsertion(ctx.analysis, ctx.preset, s.kind, n);
      const label = ins.renumber
        ? `插入“${s.kind}”部分骨架，并将后面各部分的序号顺延`
        : `插入“${s.kind}”部分骨架${ins.renumberFollowing ? "（插入后请顺延后面各部分的序号）" : ""}`;
      out.push({
        severity: LESSER.includes(s.kind) ? "warning" : "error",
        message: `缺少“${s.kind}”部分：${WHY[s.kind]}。`,
        paragraph: Math.max(0, Math.min(n - 1, ins.after + 1)),
        data: { section: s.kind },
        ...(ins.renumberFollowing && !ins.renumber
          ? {}
          : { fix: { type: "insert-skeleton" as const, label, after: ins.after, nodes: ins.nodes, ...(ins.renumber ? { renumber: ins.renumber } : {}), ...(ins.plain ? { plain: true } : {}) } }),
      });
    }
    return out;
  },
};
