import data from "../../../src/data/rules/wording.json";
import { rule, checkWording } from "../../../src/core/rules/wording";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";
import { applyFix } from "../../fixtures/rules/apply-fix";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RuleResult } from "../../../src/core/types";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

/** Apply the fix of every finding of one line, one at a time, re-checking in between, and return the final text. */
function fixAll(line: string): string {
  let text = line;
  for (let guard = 0; guard < 20; guard++) {
    const f = checkWording(text, 0).find((r) => r.fix);
    if (!f || f.fix!.type !== "replace") return text;
    const doc = applyFix({ paragraphs: [{ index: 0, text, styleName: "", headingLevel: null, listString: "", inTable: false }] }, f.fix!);
    text = doc.paragraphs[0].text;
  }
  throw new Error("fixes do not converge");
}

interface Term { wrong: string; right: string; context?: string }
const terms = data.terms as Term[];

describe("wording: curated wrong forms", () => {
  it("has at least 150 entries, each with a right form that differs; a context contains its wrong form", () => {
    expect(terms.length).toBeGreaterThanOrEqual(150);
    const keys = terms.map((t) => t.context ?? t.wrong);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of terms) {
      expect(t.right).not.toBe(t.wrong);
      if (t.context) expect(t.context).toContain(t.wrong);
    }
  });

  it("no wrong form (with its context) occurs inside any corrected form", () => {
    const corrected = terms.map((t) => (t.context ?? t.wrong).replace(t.wrong, t.right));
    for (const t of terms) for (const c of corrected) expect(c.includes(t.context ?? t.wrong)).toBe(false);
  });

  it.each(terms.map((t) => [t.context ?? t.wrong, t] as const))("%s: found, fixed, and the fixed text is clean", (key, t) => {
    const line = `我们在工作中${key}，需要认真改正。`;
    const found = checkWording(line, 0).filter((r) => r.data?.kind === "term");
    expect(found).toHaveLength(1);
    expect(found[0].data).toMatchObject({ wrong: t.wrong, right: t.right });
    expect(found[0].severity).toBe("error");
    const fixed = fixAll(line);
    expect(fixed).toBe(`我们在工作中${key.replace(t.wrong, t.right)}，需要认真改正。`);
    expect(checkWording(fixed, 0)).toEqual([]);
  });

  it("a wrong form needing context is quiet outside it", () => {
    expect(run(["加强社会主义法制建设，健全法制体系。", "对群众反应的问题逐一回复。", "必需品供应充足。"])).toEqual([]);
    const r = run(["推进决策科学化、民主化、法制化。"]);
    expect(r.map((f) => f.fix)).toEqual([expect.objectContaining({ replacement: "法治化", expected: "法制化" })]);
  });

  it("our own phrase library, fixtures and reference-like prose raise no term or double finding", () => {
    const root = join(__dirname, "..", "..", "..");
    const texts: string[] = [];
    for (const dir of ["src/data/phrases", "test/fixtures/core"]) {
      for (const f of readdirSync(join(root, dir))) texts.push(readFileSync(join(root, dir, f), "utf8"));
    }
    const hits: RuleResult[] = [];
    for (const t of texts) for (const line of t.split(/\n/)) hits.push(...checkWording(line, 0).filter((r) => r.data?.kind === "term" || r.data?.kind === "double"));
    expect(hits.map((h) => h.message)).toEqual([]);
  });
});

describe("wording: doubled characters", () => {
  it("finds 此此 / 的的 / 是是 and deletes one", () => {
    const r = run(["班子召开此此组织生活会，认真的的查摆问题，这是是必须的。"]);
    expect(r.map((f) => f.data?.char)).toEqual(["此", "的", "是"]);
    expect(fixAll("班子召开此此组织生活会，认真的的查摆问题，这是是必须的。")).toBe("班子召开此组织生活会，认真的查摆问题，这是必须的。");
  });

  it("real doubles stay quiet", () => {
    expect(run(["的的确确存在问题，是是非非要分清，达到目的的办法要改进。", "但是是否落实到位还要检验，和和气气不等于团结。"])).toEqual([]);
  });

  it("every double character of the list is exercised", () => {
    for (const d of data.doubles) {
      const r = checkWording(`我们${d.char}${d.char}认真推进工作。`, 0).filter((f) => f.data?.kind === "double");
      expect(r).toHaveLength(1);
    }
  });
});

describe("wording: quotes, spaces, half-width punctuation", () => {
  it("straight and reversed quotes around Chinese text", () => {
    const r = run(['深刻领悟"两个确立"的决定性意义，科学谋划”十五五“发展。']);
    expect(r.map((f) => f.fix && f.fix.type === "replace" ? f.fix.replacement : "")).toEqual(["“两个确立”", "“十五五”"]);
    expect(fixAll('深刻领悟"两个确立"的决定性意义，科学谋划”十五五“发展。')).toBe("深刻领悟“两个确立”的决定性意义，科学谋划“十五五”发展。");
  });

  it("correct curly quotes in a row are not reversed pairs", () => {
    expect(run(["增强“四个意识”、坚定“四个自信”、做到“两个维护”。"])).toEqual([]);
  });

  it("stray spaces between Chinese characters in prose: one finding per paragraph, one fix", () => {
    const r = run(["班子成员 对理论学习的重要性认识不足，学 习计划落实不到位。"]);
    expect(r).toHaveLength(1);
    expect(fixAll("班子成员 对理论学习的重要性认识不足，学 习计划落实不到位。")).toBe("班子成员对理论学习的重要性认识不足，学习计划落实不到位。");
  });

  it("name and title lines with spaces stay quiet", () => {
    expect(run(["区政协办公室主任 李某某", "中共某某委员会 2025年度民主生活会"])).toEqual([]);
  });

  it("half-width , ; : ( ) inside Chinese sentences", () => {
    const line = "班子成员学习不够深入,有时流于形式;主要表现为:学用脱节(特别是在基层调研中)。";
    const r = run([line]);
    expect(r).toHaveLength(1);
    expect(fixAll(line)).toBe("班子成员学习不够深入，有时流于形式；主要表现为：学用脱节（特别是在基层调研中）。");
  });

  it("times, numbers, English and paragraph markers stay quiet", () => {
    expect(run(["(一)在理论学习方面", "会议于9:30开始，共1,200人参加，使用Word (Windows) 版本。"])).toEqual([]);
  });
});
