import { parseMarker } from "../../src/core/outline";
import { mayOpenMarker } from "../../src/core/marker";

const m = (text: string, list?: string) => parseMarker(text, list);

describe("parseMarker", () => {
  it.each([
    ["一、存在的问题", "cn", 1, "一、", "、"],
    ["十一、其他", "cn", 11, "十一、", "、"],
    ["二十.标题", "cn", 20, "二十.", "."],
    ["（一）在理论学习方面", "paren-cn", 1, "（一）", ""],
    ["(二)政治素质方面", "paren-cn", 2, "(二)", ""],
    ["（三）、能力本领方面", "paren-cn", 3, "（三）、", "、"],
    ["（ 四 ）担当作为", "paren-cn", 4, "（ 四 ）", ""],
    ["1.理论学习方面", "arabic", 1, "1.", "."],
    ["2．政治素质", "arabic", 2, "2．", "．"],
    ["３、能力本领", "arabic", 3, "３、", "、"],
    ["4, 担当", "arabic", 4, "4,", ","],
    ["5)作风", "arabic", 5, "5)", ")"],
    ["（1）具体问题", "paren-arabic", 1, "（1）", ""],
    ["(12)具体问题", "paren-arabic", 12, "(12)", ""],
    ["①第一点", "circled", 1, "①", ""],
    ["⑳第二十点", "circled", 20, "⑳", ""],
    ["⑵第二点", "paren-arabic", 2, "⑵", ""],
    ["㈢第三", "paren-cn", 3, "㈢", ""],
    ["一是理论学习不够深入。比如……", "runin", 1, "一是", ""],
    ["十二是……", "runin", 12, "十二是", ""],
    ["第一，加强学习", "ordinal", 1, "第一，", "，"],
    ["其二，改进作风", "ordinal", 2, "其二，", "，"],
    ["首先，要……", "ordinal", 1, "首先，", "，"],
    ["其次：要……", "ordinal", 2, "其次：", "："],
  ])("%s", (text, kind, value, raw, punct) => {
    const r = m(text);
    expect(r).not.toBeNull();
    expect(r).toMatchObject({ kind, value, raw, punct, source: "text", offset: 0, length: raw.length });
  });

  it("records half-width brackets", () => {
    expect(m("(一)理论")?.halfWidth).toBe(true);
    expect(m("（一)理论")?.halfWidth).toBe(true);
    expect(m("（一）理论")?.halfWidth).toBe(false);
  });

  it("skips indentation, ideographic spaces and zero-width characters before the marker", () => {
    const r = m("\u3000\u3000\u200b（二）政治素质");
    expect(r).toMatchObject({ kind: "paren-cn", value: 2, offset: 3, length: 3, raw: "（二）" });
    expect(m("  \t1. 标题")).toMatchObject({ kind: "arabic", offset: 3 });
  });

  it.each([
    "1.5亿元资金已拨付",
    "2024年以来，班子……",
    "3个问题已经整改",
    "1,000元",
    "一、二季度完成投资",
    "一般来说",
    "十分重要",
    "一是一，二是二的作风",
    "一是否定",
    "第一次会议",
    "最后，",
    "（此处略）",
    "（2024年）",
    "（一百）",
    "123、过长",
    "",
    "   ",
    "是",
  ])("no marker in %j", (text) => {
    expect(m(text)).toBeNull();
  });

  it("uses the automatic list string when it parses", () => {
    expect(m("存在的问题", "一、")).toMatchObject({ kind: "cn", value: 1, raw: "一、", source: "list", offset: 0, length: 0 });
    expect(m("理论学习", "(二)")).toMatchObject({ kind: "paren-cn", value: 2, halfWidth: true, source: "list" });
    expect(m("点", "3")).toMatchObject({ kind: "arabic", value: 3, source: "list" });
    expect(m("点", "1.2.")).toMatchObject({ kind: "arabic", value: 2, source: "list" });
  });

  it("falls back to the literal text when the list string is a bullet", () => {
    expect(m("（一）理论学习", "•")).toMatchObject({ kind: "paren-cn", source: "text" });
    expect(m("理论学习", "•")).toBeNull();
  });
});

describe("mayOpenMarker (the outline's fast path)", () => {
  it("is true for every first character a marker can start with", () => {
    const tails = ["、加强学习", "是加强学习", "）加强学习", "，加强学习", "1）加强学习", "一）加强学习", "先，加强学习", "一，加强学习", ".加强学习", "", "十、加强学习"];
    for (let c = 0; c < 65536; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const head = String.fromCharCode(c);
      for (const tail of tails) {
        const text = head + tail;
        if (parseMarker(text)) expect([text, mayOpenMarker(text)]).toEqual([text, true]);
      }
    }
  });
});
