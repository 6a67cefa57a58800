import { RULES } from "../../src/core/rules";
import { RULE_NAMES, ruleName } from "../../src/core/ruleNames";

test("every registered rule has a Chinese name", () => {
  for (const r of RULES) {
    expect(RULE_NAMES[r.id]).toBeTruthy();
    expect(RULE_NAMES[r.id]).toMatch(/[\u4e00-\u9fff]/);
  }
});

test("no name for a rule that is not registered", () => {
  const ids = new Set(RULES.map((r) => r.id));
  expect(Object.keys(RULE_NAMES).filter((id) => !ids.has(id))).toEqual([]);
});

test("unknown rule ids fall back to the id", () => {
  expect(ruleName("numbering")).toBe("序号");
  expect(ruleName("no-such-rule")).toBe("no-such-rule");
});
