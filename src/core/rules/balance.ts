/** balance: problems + causes (剖析) should be the bulk of the body, reviewers expect about ¾. */
import data from "../../data/rules/balance.json";
import type { Rule, RuleContext, SectionKind } from "../types";
import { visibleLength } from "./util/text";

const ANALYSIS = data.analysisSections as SectionKind[];
/** What visibleLength (util/text.ts) does not count: spaces, tabs, line ends and low surrogates. */
const INVISIBLE = /[ \t\u3000\n\r\udc00-\udfff]/;

/** Visible characters (visibleLength in util/text.ts) of each section. */
export function visibleBySection(ctx: RuleContext): number[] {
  const { sections, sectionOf } = ctx.analysis;
  const perSection = new Array<number>(sections.length).fill(0);
  const ps = ctx.doc.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    const si = sectionOf[ps[i].index] ?? -1;
    if (si < 0) continue;
    const t = ps[i].text;
    // Most paragraphs hold nothing invisible: their length, without walking their characters.
    perSection[si] += INVISIBLE.test(t) ? visibleLength(t) : t.length;
  }
  return perSection;
}

export const rule: Rule = {
  id: "balance",
  severity: "info",
  description: "篇幅结构：存在的问题和原因剖析应占正文主要篇幅（约四分之三）",
  check(ctx) {
    const { sections } = ctx.analysis;
    const perSection = visibleBySection(ctx);
    let total = 0;
    for (const n of perSection) total += n;
    if (total < data.minChars) return [];
    const byKind: Record<string, number> = {};
    sections.forEach((s, i) => {
      const k = s.kind ?? "其他";
      byKind[k] = (byKind[k] ?? 0) + perSection[i];
    });
    const problems = byKind["存在的问题"] ?? 0;
    const causes = byKind["原因分析"] ?? 0;
    if (!problems || !causes) return []; // a missing section is a structural finding, not a balance one
    const analysed = ANALYSIS.reduce((n, k) => n + (byKind[k] ?? 0), 0);
    const share = analysed / total;
    if (share >= data.minShare) return [];
    const first = sections.find((s) => s.kind === "存在的问题")!;
    const pct = Math.round(share * 100);
    const measures = byKind["整改措施"] ?? 0;
    const extra = measures > problems ? "，整改措施篇幅已超过存在的问题" : "";
    return [{
      message: `存在的问题和原因剖析仅占正文的${pct}%${extra}，查摆剖析偏简单，一般应占四分之三左右`,
      paragraph: first.heading ?? first.start,
      quote: first.title.slice(0, 40),
      data: { share: Math.round(share * 1000) / 1000, target: data.targetShare, total, analysed, byKind },
    }];
  },
};
