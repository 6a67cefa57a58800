/**
 * Short Chinese names of the checker rules, shown on the finding cards instead of rule ids.
 * Rule ids stay the public contract (reports, CLI, data-rule-id); these names are display only.
 * Every rule registered in src/core/rules/index.ts must have an entry (test/core/ruleNames.test.ts).
 */
export const RULE_NAMES: Readonly<Record<string, string>> = {
  "missing-section": "缺少部分",
  "section-order": "部分顺序",
  "empty-section": "空白部分",
  "missing-aspect": "方面未覆盖",
  "measure-coverage": "措施未对应",
  "cause-dimensions": "原因维度",
  numbering: "序号",
  "count-mismatch": "条目数不符",
  placeholder: "占位符",
  "copy-residue": "复制残留",
  "missing-example": "缺少事例",
  "objective-cause": "客观原因",
  "measure-checkable": "措施可检验",
  "achievement-in-problems": "问题中摆成绩",
  "year-consistency": "年度一致",
  "canonical-term": "规范表述",
  wording: "用词与标点",
  voice: "口吻",
  balance: "篇幅结构",
};

/** The rule's Chinese name; the id itself for an unknown rule (never blank). */
export function ruleName(ruleId: string): string {
  return RULE_NAMES[ruleId] ?? ruleId;
}
