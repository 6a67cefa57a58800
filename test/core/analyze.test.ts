import { analyze } from "../../src/core/analyze";
import { getPreset } from "../../src/core/presets";
import { detectTitle } from "../../src/core/title";
import type { Preset } from "../../src/core/types";
import { doc, heading, listFixtures, loadFixture, para } from "./helpers";

const P = (id: string) => getPreset(id) as Preset;

describe("detectTitle", () => {
  it("finds a one-line title with its name and date lines", () => {
    const b = detectTitle(doc("王立新同志2024年度民主生活会个人对照检查材料", "区交通运输局局长　王立新", "（2025年1月20日）", "按照部署……。").paragraphs);
    expect(b.title).toEqual({ paragraph: 0, text: "王立新同志2024年度民主生活会个人对照检查材料" });
    expect(b.paragraphs).toEqual([0, 1, 2]);
  });

  it("joins a title written over two lines", () => {
    const b = detectTitle(doc("", "中共青禾区委员会领导班子", "2025年度民主生活会对照检查材料", "根据……。").paragraphs);
    expect(b.title).toEqual({ paragraph: 1, text: "中共青禾区委员会领导班子2025年度民主生活会对照检查材料" });
    expect(b.paragraphs).toEqual([1, 2]);
  });

  it("accepts a Title-styled paragraph and rejects numbered or sentence paragraphs", () => {
    expect(detectTitle(doc(para("检视材料", { styleName: "标题" }), "正文。").paragraphs).title?.paragraph).toBe(0);
    expect(detectTitle(doc("一、存在的问题", "正文。").paragraphs).title).toBeNull();
    expect(detectTitle(doc("根据民主生活会的安排，我们认真做了准备。", "一、存在的问题").paragraphs).title).toBeNull();
  });
});

describe("analyze", () => {
  it("maps every fixture to the three core sections at least", () => {
    const presets: Record<string, string> = {
      "banzi-2025.txt": "dlsh-2025/banzi",
      "geren-2024.txt": "dlsh-2024/geren",
      "zhibu-2022.txt": "zzsh-2022/zhibu",
      "halfwidth-runin-2023.txt": "dlsh-2023/banzi",
      "styled-unnumbered.md": "zzsh-2024/dangyuan",
    };
    expect(Object.keys(presets).sort()).toEqual(listFixtures());
    for (const [name, id] of Object.entries(presets)) {
      const preset = P(id);
      const a = analyze(loadFixture(name), preset);
      const ks = a.sections.map((s) => s.kind);
      for (const k of ["存在的问题", "原因分析", "整改措施"] as const) expect(ks).toContain(k);
      const problems = a.sections.find((s) => s.kind === "存在的问题");
      expect(problems?.aspects.map((x) => x.aspectId)).toEqual(preset.aspects.map((x) => x.id));
      expect(a.title?.paragraph).toBe(0);
      expect(a.sectionOf.length).toBe(loadFixture(name).paragraphs.length);
    }
  });

  it("matches the measures' sub-headings to aspects too", () => {
    const preset = P("dlsh-2025/banzi");
    const a = analyze(loadFixture("banzi-2025.txt"), preset);
    const m = a.sections.find((s) => s.kind === "整改措施");
    expect(m?.aspects.map((x) => x.aspectId)).toEqual(preset.aspects.map((x) => x.id));
  });

  it("keeps a markdown # title out of the outline", () => {
    const a = analyze(loadFixture("styled-unnumbered.md"), P("zzsh-2024/dangyuan"));
    expect(a.items.some((i) => i.paragraph === 0)).toBe(false);
    expect(a.sections.map((s) => s.kind)).toEqual(["导语", "存在的问题", "原因分析", "整改措施", "结束语"]);
  });

  it("analyzes a Word-like document with heading styles and no literal numbers", () => {
    const d = doc(
      para("2024年度民主生活会对照检查材料", { styleName: "Title" }),
      "按照要求，班子认真开展了会前准备。",
      heading(1, "存在的问题"),
      heading(2, "在带头严守政治纪律和政治规矩，维护党的团结统一方面"),
      "一是……。比如，2024年5月……。",
      heading(2, "在带头增强党性、严守纪律、砥砺作风方面"),
      "一是……。比如……。",
      heading(1, "原因分析"),
      "理想信念、党性修养……。",
      heading(1, "整改措施"),
      "2025年3月底前……。",
    );
    const a = analyze(d, P("dlsh-2024/banzi"));
    expect(a.title?.paragraph).toBe(0);
    expect(a.sections.map((s) => [s.kind, s.start, s.end])).toEqual([
      ["导语", 1, 1],
      ["存在的问题", 2, 6],
      ["原因分析", 7, 8],
      ["整改措施", 9, 10],
    ]);
    expect(a.sections[1].aspects.map((x) => [x.aspectId, x.start, x.end])).toEqual([
      ["zhengzhi-jilv", 3, 4],
      ["dangxing-zuofeng", 5, 6],
    ]);
  });

  it("fills an unmatched sub-heading from its position when the list is otherwise in order", () => {
    const preset = P("dlsh-2024/banzi");
    const a = analyze(doc("一、存在的问题", "（一）政治纪律方面", "正文。", "（二）党性作风方面", "正文。", "（三）干事创业方面", "正文。", "（四）全面从严治党方面", "正文。"), preset);
    expect(a.sections[0].aspects.map((x) => x.aspectId)).toEqual(["zhengzhi-jilv", "dangxing-zuofeng", "danze-chuangxin", "congyan"]);
  });

  it("does not fill by position a list of the unit's own headings", () => {
    const a = analyze(doc("一、存在的问题", "（一）学习方面", "正文。", "（二）工作方面", "正文。", "（三）生活方面", "正文。", "（四）其他方面", "正文。"), P("dlsh-2024/banzi"));
    expect(a.sections[0].aspects.map((x) => x.aspectId)).toEqual([null, null, null, null]);
  });

  // Speed is measured in bench/ (npm run bench), not asserted here.
  it("analyzes a 10,000-paragraph document", () => {
    const base = loadFixture("banzi-2025.txt").paragraphs;
    const big = { paragraphs: Array.from({ length: 10000 }, (_, i) => ({ ...base[i % base.length], index: i })) };
    expect(analyze(big, P("dlsh-2025/banzi")).sections.length).toBeGreaterThan(100);
  });
});
