import { compact, foldWidth, normalizeText, parseChineseNumeral, toChineseNumeral } from "../../src/core/normalize";

describe("normalize", () => {
  it("folds widths one character for one", () => {
    const s = "（一）１２．５％\u3000ＡＢｃ\u00a0\t\u000b";
    expect(foldWidth(s)).toBe("(一)12.5% ABc   ");
    expect(foldWidth(s).length).toBe(s.length);
    expect(foldWidth("存在的问题，。、")).toBe("存在的问题，。、");
  });

  it("normalizes for matching: zero-width removed, spaces collapsed, trimmed", () => {
    expect(normalizeText("\u3000\u3000存在\u200b的\u00a0\u00a0问题\t")).toBe("存在的 问题");
    expect(compact(" 原 因\u3000分 析 ")).toBe("原因分析");
    expect(normalizeText("")).toBe("");
  });

  it.each([
    ["一", 1], ["九", 9], ["十", 10], ["十一", 11], ["二十", 20], ["二十三", 23], ["廿", 20], ["廿一", 21],
    ["九十九", 99], ["一百", 100], ["一百零五", 105], ["一百一十", 110], ["两", 2],
  ])("parses %s", (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(["", "零", "十十", "一二", "百百", "二十零", "一百十", "abc", "一百五", "廿零"])("rejects %j", (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });

  it("writes Chinese numerals that parse back", () => {
    expect([1, 10, 11, 20, 21, 99, 100, 105, 110, 999].map(toChineseNumeral)).toEqual(["一", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十", "九百九十九"]);
    for (let n = 1; n < 1000; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
    expect(toChineseNumeral(0)).toBe("0");
  });
});
