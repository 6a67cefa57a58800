/**
 * A fix never makes the document worse: for every finding with a fix (each fix type), apply it to
 * the model the way the Word layer does, check again, and find nothing that was not there before
 * (besides the unfilled prompts of an inserted skeleton, which are the point of inserting it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../src/core/checker";
import { documentFromText } from "../../src/core/text";
import type { DocumentModel, Finding } from "../../src/core/types";
import { applyFix } from "../fixtures/rules/apply-fix";

// Per rule: a fix may change the wording of a finding it touches (a list of placeholders, an item label), not add one.
const key = (f: Finding) => f.ruleId;
/** Follow-ups an inserted skeleton asks for: fill its prompts, and write the matching measure. */
const PROMPT_RULES = new Set(["placeholder", "missing-example", "measure-checkable", "empty-section", "balance", "measure-coverage"]);

function counts(fs: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of fs) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}

function newFindingsAfterEachFix(doc: DocumentModel, presetId: string): { fix: string; added: string[] }[] {
  const before = checkDocument(doc, { presetId });
  const seen = counts(before.findings);
  const out: { fix: string; added: string[] }[] = [];
  for (const f of before.findings) {
    if (!f.fix) continue;
    const after = applyFix(doc, f.fix);
    const inserted = new Set<number>();
    if (f.fix.type === "insert-skeleton") for (let i = 0; i < f.fix.nodes.length; i++) inserted.add(f.fix.after + 1 + i);
    const now = checkDocument(after, { presetId }).findings;
    const nowCounts = counts(now);
    const added = now
      .filter((g) => (nowCounts.get(key(g)) ?? 0) > (seen.get(key(g)) ?? 0))
      .filter((g) => !(PROMPT_RULES.has(g.ruleId) && (inserted.has(g.paragraph) || f.fix!.type === "insert-skeleton")))
      .map((g) => `${g.ruleId}: ${g.message}`);
    out.push({ fix: `${f.fix.type} ${f.ruleId} ${f.fix.label}`, added });
  }
  return out;
}

const PLAIN = [
  "中共某某委员会领导班子2025年度民主生活会对照检查材料",
  "会前，班子通过集中学习、谈心谈话、征求意见等方式做好准备，共征求意见15条。",
  "一、存在的问题",
  "（一）在带头强化政治忠诚、提高政治能力方面",
  "学习贯彻不够深入，今年集中研讨仅2次，此此情况亟待改进。",
  "（二）在带头固本培元、增强党性方面",
  "党性锻炼有所放松，去年有3次组织生活请假。",
  "浏览量：1234",
  "（三）在带头干事创业、担当作为方面",
  "担当不够，2项重点任务滞后，存在“雪中送碳”式的应付。",
  "（四）在带头坚决扛起管党治党责任方面",
  "管党治党偏松偏软，今年只开展1次专题研究。",
  "二、反面典型案例剖析",
  "对照某县原副县长违纪案例，班子查找了3个方面的差距。",
  "三、原因分析",
  "（一）理论武装不够。学习缺乏系统性。",
  "（二）党性修养放松。自我要求降低。",
  "（三）宗旨意识淡化。联系群众减少。",
  "四、整改措施",
  "（一）强化理论武装。每月集中学习不少于2次，年底前完成。",
  "（二）锤炼党性修养。每季度开展1次党性分析，由党委书记负责。",
  "（三）践行宗旨。班子成员每季度下基层不少于3天。",
];

describe("fixes never make the document worse (re-check after each)", () => {
  it("messy fixture: every fix type, nothing new", () => {
    const text = readFileSync(join(__dirname, "..", "fixtures", "rules", "messy-banzi-2025.txt"), "utf8");
    const res = newFindingsAfterEachFix(documentFromText(text), "dlsh-2025/banzi");
    expect(res.length).toBeGreaterThan(0);
    expect(res.filter((r) => r.added.length)).toEqual([]);
  });

  it("plain-text paper with literal numbers: the missing aspect is inserted as plain text with the next number, nothing new", () => {
    const doc = documentFromText(PLAIN.join("\n"));
    const res = newFindingsAfterEachFix(doc, "dlsh-2025/banzi");
    const types = new Set(res.map((r) => r.fix.split(" ")[0]));
    expect([...types].sort()).toEqual(expect.arrayContaining(["delete-paragraph", "insert-skeleton", "replace"]));
    expect(res.filter((r) => r.added.length)).toEqual([]);
  });

  it("web-page and PDF debris: every fix type (outline deleted, split lines joined), nothing new", () => {
    const lines = [...PLAIN];
    // A PDF copy split the first problem over three lines; the page's outline and title came along.
    lines.splice(4, 1, "学习贯彻不够深入，今年集中研讨仅2次，对新思想新要求联系本地实际", "思考得不多，研讨发言停留在表态层面，此此情况亟待改进，", "需要下功夫解决。");
    const doc = documentFromText(["目录", "一、存在的问题", "二、原因分析", "三、整改措施", PLAIN[0], ...lines].join("\n"));
    const res = newFindingsAfterEachFix(doc, "dlsh-2025/banzi");
    const types = new Set(res.map((r) => r.fix.split(" ")[0]));
    expect([...types].sort()).toEqual(["delete-paragraph", "delete-paragraphs", "insert-skeleton", "join-paragraphs", "replace"]);
    expect(res.filter((r) => r.added.length)).toEqual([]);
  });
});
