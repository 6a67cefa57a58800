import { paragraphsFromText } from "../../src/core/text";
import { listFixtures, loadFixture } from "./helpers";

describe("paragraphsFromText", () => {
  it("splits CRLF/CR/LF, drops blank lines and records the source line in id", () => {
    const ps = paragraphsFromText("标题\r\n\r\n一、存在的问题\r（一）理论学习方面\n\n  \n正文。");
    expect(ps.map((p) => p.text)).toEqual(["标题", "一、存在的问题", "（一）理论学习方面", "正文。"]);
    expect(ps.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(ps.map((p) => p.id)).toEqual(["1", "3", "4", "7"]);
    expect(ps.every((p) => p.headingLevel === null && p.listString === "" && !p.inTable)).toBe(true);
  });

  it("turns markdown headings into heading levels without the hashes", () => {
    const ps = paragraphsFromText("# 标题\n## 存在的问题\n### 理论学习方面 ###\n#不是标题\n**一、加粗标题**");
    expect(ps.map((p) => [p.text, p.headingLevel])).toEqual([
      ["标题", 1],
      ["存在的问题", 2],
      ["理论学习方面", 3],
      ["#不是标题", null],
      ["一、加粗标题", null],
    ]);
    expect(ps[1].styleName).toBe("Heading 2");
  });

  it("removes markdown bullets but keeps the numbering after them", () => {
    const ps = paragraphsFromText("- （一）理论学习方面\n* 一是……。\n---\n-1.5亿元");
    expect(ps.map((p) => [p.text, p.listString])).toEqual([
      ["（一）理论学习方面", "•"],
      ["一是……。", "•"],
      ["---", ""],
      ["-1.5亿元", ""],
    ]);
  });

  it("keeps leading indentation and trims trailing spaces", () => {
    const ps = paragraphsFromText("\u3000\u3000一是……。  \t");
    expect(ps[0].text).toBe("\u3000\u3000一是……。");
  });

  it("loads every fixture", () => {
    for (const f of listFixtures()) expect(loadFixture(f).paragraphs.length).toBeGreaterThan(10);
  });
});
