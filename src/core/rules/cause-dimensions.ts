/**
 * cause-dimensions: 原因分析 covers fewer than three of the preset's cause dimensions (理想信念,
 * 党性修养, 宗旨意识, 纪律规矩 …), judged by their keywords anywhere in the section.
 */
import type { Rule } from "../types";
import { compactBodyText } from "./util/doc";

const MIN_DIMENSIONS = 3;

export const rule: Rule = {
  id: "cause-dimensions",
  severity: "warning",
  description: "原因分析涉及的方面太少（少于3个预设的剖析维度）",
  check(ctx) {
    const dims = ctx.preset.causeDimensions;
    if (dims.length < 2) return [];
    const secs = ctx.analysis.sections.filter((s) => s.kind === "原因分析");
    if (!secs.length) return [];
    const text = secs.map((s) => compactBodyText(ctx, s)).join("");
    if (!text) return [];
    const covered = dims.filter((d) => d.keywords.some((k) => text.includes(k)));
    const need = Math.min(MIN_DIMENSIONS, dims.length);
    if (covered.length >= need) return [];
    const missing = dims.filter((d) => !covered.includes(d));
    const suggest = missing.slice(0, 4).map((d) => d.name).join("、");
    const what = covered.length ? `只涉及${covered.length}个方面（${covered.map((d) => d.name).join("、")}）` : "没有涉及预设的任何剖析维度";
    const s = secs[0];
    return [{
      message: `原因分析${what}，剖析不够全面，建议再从${suggest}等方面深挖思想根源。`,
      paragraph: s.heading ?? s.start,
      data: { covered: covered.map((d) => d.id), missing: missing.map((d) => d.id), required: need },
    }];
  },
};
