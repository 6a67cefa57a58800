import type { Analysis, DocumentModel, Finding, Paragraph } from "../../src/core/types";
import type { CheckResult } from "../../src/taskpane/check/report";

const para = (index: number, text: string, headingLevel: number | null = null): Paragraph => ({
  index,
  text,
  styleName: headingLevel ? `标题 ${headingLevel}` : "正文",
  headingLevel,
  listString: "",
  inTable: false,
  id: `uid-${index}`,
});

/** A small 班子 material without 原因分析 (original wording written for these tests). */
export const MODEL: DocumentModel = {
  paragraphs: [
    para(0, "某局领导班子2025年度民主生活会对照检查材料"),
    para(1, "按照上级通知要求，班子会前开展了学习研讨和谈心谈话。"),
    para(2, "一、存在的问题", 1),
    para(3, "（一）、在深化理论武装方面", 2),
    para(4, "学习偏重文件传达，结合实际研究不够。"),
    para(5, "某某网，www.example.com"),
    para(6, "二、整改措施", 1),
    para(7, "年底前完成专题调研两项。"),
  ],
};

export const ANALYSIS: Analysis = {
  title: { paragraph: 0, text: MODEL.paragraphs[0].text },
  items: [],
  sections: [
    { kind: "导语", title: "", heading: null, start: 1, end: 1, aspects: [] },
    {
      kind: "存在的问题",
      title: "存在的问题",
      heading: 2,
      start: 2,
      end: 5,
      aspects: [{ aspectId: "lilun", title: "在深化理论武装方面", paragraph: 3, start: 3, end: 5 }],
    },
    { kind: "整改措施", title: "整改措施", heading: 6, start: 6, end: 7, aspects: [] },
  ],
  sectionOf: [-1, 0, 1, 1, 1, 1, 2, 2],
};

export const FINDINGS: Finding[] = [
  {
    ruleId: "numbering",
    severity: "warning",
    message: "“（一）、”后多了顿号，应为“（一）”。",
    paragraph: 3,
    quote: "（一）、在深化理论武装方面",
    fix: { type: "replace", label: "改为“（一）”", paragraph: 3, offset: 0, length: 4, expected: "（一）、", replacement: "（一）" },
  },
  {
    ruleId: "missing-section",
    severity: "error",
    message: "缺少“原因分析”部分。",
    paragraph: 6,
    data: { section: "原因分析" },
    fix: {
      type: "insert-skeleton",
      label: "在“整改措施”前插入“原因分析”",
      after: 5,
      nodes: [
        { level: 1, text: "二、原因分析", section: "原因分析" },
        { level: "body", text: "从思想、政治、作风等方面剖析" },
      ],
    },
  },
  {
    ruleId: "copy-residue",
    severity: "error",
    message: "疑似网页复制残留，应删除。",
    paragraph: 5,
    quote: "某某网，www.example.com",
    fix: { type: "delete-paragraph", label: "删除该段", paragraph: 5, expected: "某某网，www.example.com" },
  },
  { ruleId: "balance", severity: "info", message: "各方面篇幅差异较大。", paragraph: -1 },
];

export function result(presetId = "dlsh-2025/banzi", findings: Finding[] = FINDINGS, detected = true): CheckResult {
  return {
    preset: { id: presetId, label: presetId === "dlsh-2025/banzi" ? "2025年度民主生活会 · 班子" : presetId, detected },
    sections: ANALYSIS.sections.map((s) => ({ kind: s.kind, title: s.title, start: s.start, end: s.end })),
    findings,
    stats: { paragraphs: MODEL.paragraphs.length, characters: 120, ms: 1 },
    analysis: ANALYSIS,
  };
}
