import { atLeast, countFindings, paragraphLabel, shortQuote, SEVERITY_LABEL, SEVERITY_ORDER } from "../../src/core/findings";
import type { Finding } from "../../src/core/types";

const f = (severity: Finding["severity"], paragraph = 0, paragraphEnd?: number): Finding => ({
  ruleId: "r",
  severity,
  message: "m",
  paragraph,
  ...(paragraphEnd === undefined ? {} : { paragraphEnd }),
});

describe("finding presentation helpers", () => {
  test("severity order and labels", () => {
    expect(SEVERITY_ORDER.map((s) => SEVERITY_LABEL[s])).toEqual(["错误", "警告", "提示"]);
  });

  test("atLeast compares by severity", () => {
    expect(atLeast("error", "warning")).toBe(true);
    expect(atLeast("warning", "warning")).toBe(true);
    expect(atLeast("info", "warning")).toBe(false);
  });

  test("countFindings counts each severity", () => {
    expect(countFindings([f("error"), f("info"), f("info")])).toEqual({ error: 1, warning: 0, info: 2 });
    expect(countFindings([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  test("shortQuote puts the quote on one line and cuts by characters", () => {
    expect(shortQuote("  学习\n不够  深入 ")).toBe("学习 不够 深入");
    expect(shortQuote("一二三四五", 3)).toBe("一二三…");
    expect(shortQuote("一二三", 3)).toBe("一二三");
    // A character outside the BMP counts once and is never split.
    expect(shortQuote("𠀀𠀀𠀀𠀀", 2)).toBe("𠀀𠀀…");
  });

  test("paragraphLabel is 1-based, with ranges and the whole document", () => {
    expect(paragraphLabel(f("info", 3))).toBe("第 4 段");
    expect(paragraphLabel(f("info", 3, 5))).toBe("第 4—6 段");
    expect(paragraphLabel(f("info", 3, 3))).toBe("第 4 段");
    expect(paragraphLabel(f("info", -1))).toBe("全文");
  });
});
