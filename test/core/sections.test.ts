import { analyze } from "../../src/core/analyze";
import { getPreset } from "../../src/core/presets";
import { classifyHeading, isClosingParagraph } from "../../src/core/sections";
import type { Preset } from "../../src/core/types";
import { doc, heading, loadFixture, para } from "./helpers";

const preset = getPreset("dlsh-2023/banzi") as Preset;
const kinds = (...items: Parameters<typeof doc>) => analyze(doc(...items), preset).sections.map((s) => [s.kind, s.start, s.end]);

describe("classifyHeading", () => {
  it.each([
    ["存在的问题", "存在的问题"],
    ["存在问题及表现", "存在的问题"],
    ["问题查摆", "存在的问题"],
    ["对照检查存在的主要问题", "存在的问题"],
    ["存在的主要问题", "存在的问题"],
    ["查摆的问题", "存在的问题"],
    ["存在的问题与不足", "存在的问题"],
    ["原因分析", "原因分析"],
    ["产生问题的原因分析", "原因分析"],
    ["根源剖析", "原因分析"],
    ["存在问题的原因剖析", "原因分析"],
    ["原因剖析", "原因分析"],
    ["问题产生的根源", "原因分析"],
    ["产生问题的原因", "原因分析"],
    ["整改措施", "整改措施"],
    ["努力方向和整改措施", "整改措施"],
    ["下一步努力方向", "整改措施"],
    ["整改措施和努力方向", "整改措施"],
    ["下一步整改措施", "整改措施"],
    ["今后的努力方向和改进措施", "整改措施"],
    ["下一步努力方向和整改措施", "整改措施"],
    ["反面典型案例剖析", "典型案例剖析"],
    ["反面典型案例剖析情况", "典型案例剖析"],
    ["典型案例剖析", "典型案例剖析"],
    ["（2024年度）民主生活会整改措施落实情况", "上年度整改落实情况"],
    ["2022年度民主生活会整改措施落实情况", "上年度整改落实情况"],
    ["上次民主生活会整改落实情况", "上年度整改落实情况"],
    ["上年度组织生活会问题整改落实情况", "上年度整改落实情况"],
    ["会前准备", "会前准备情况"],
    ["会前准备工作情况", "会前准备情况"],
    ["树立和践行正确政绩观", "政绩观"],
    ["树立和践行正确政绩观方面存在的问题", "政绩观"],
    ["个人有关事项", "个人有关事项"],
    ["函询", "个人有关事项"],
    ["问责情况说明", "个人有关事项"],
    ["关于个人有关事项的说明", "个人有关事项"],
    ["存 在 的 问 题", "存在的问题"],
    ["在“理论学习”方面", null],
    ["理论学习方面", null],
    ["", null],
  ])("%s → %s", (title, kind) => {
    expect(classifyHeading(title)).toBe(kind);
  });

  it("recognises closing lines", () => {
    expect(isClosingParagraph("以上对照检查，不妥之处，恳请同志们批评指正。")).toBe(true);
    expect(isClosingParagraph("不妥之处，请同志们批评指正。")).toBe(true);
    expect(isClosingParagraph("我们要虚心接受批评。")).toBe(false);
  });
});

describe("sections", () => {
  it("maps the fixtures' top-level headings", () => {
    const a = analyze(loadFixture("geren-2024.txt"), getPreset("dlsh-2024/geren") as Preset);
    expect(a.sections.map((s) => s.kind)).toEqual(["导语", "存在的问题", "原因分析", "整改措施", "个人有关事项", "结束语"]);
    expect(a.sectionOf.slice(0, 4)).toEqual([-1, -1, -1, 0]); // title, post/name line, date line, 导语
  });

  it("puts paragraphs before the first heading into 导语 and a closing line into 结束语", () => {
    expect(kinds("某局班子2025年度民主生活会对照检查材料", "导语第一段。", "导语第二段。", "一、存在的问题", "正文。", "二、原因分析", "正文。", "三、整改措施", "正文。", "不妥之处，请同志们批评指正。", "2026年1月20日")).toEqual([
      ["导语", 1, 2],
      ["存在的问题", 3, 4],
      ["原因分析", 5, 6],
      ["整改措施", 7, 8],
      ["结束语", 9, 10],
    ]);
  });

  it("chooses the level that carries section headings, not the first level seen", () => {
    // （一）… in the preamble comes before any 一、 heading.
    const s = kinds("导语。", "（一）会前学习情况", "学习了4次。", "一、存在的问题", "（一）理论学习方面", "一是……。", "二、原因分析", "正文。", "三、整改措施", "正文。");
    expect(s).toEqual([
      ["导语", 0, 2],
      ["存在的问题", 3, 5],
      ["原因分析", 6, 7],
      ["整改措施", 8, 9],
    ]);
  });

  it("keeps the outer level even when a deeper level names more kinds of section", () => {
    const s = kinds(
      "一、上年度民主生活会整改落实情况", "正文。",
      "二、存在的主要问题", "（一）对照六个方面查摆的问题", "1.理论学习方面", "一是……。",
      "（二）结合典型案例剖析查摆的问题", "一是……。", "（三）树立和践行正确政绩观方面存在的问题", "一是……。",
      "三、产生问题的原因分析", "（一）思想方面的原因", "正文。", "（二）纪律方面的原因", "正文。",
      "四、整改措施", "（一）理论学习方面的整改措施", "正文。", "（二）典型案例剖析查摆问题的整改措施", "正文。",
    );
    expect(s).toEqual([
      ["上年度整改落实情况", 0, 1],
      ["存在的问题", 2, 9],
      ["原因分析", 10, 14],
      ["整改措施", 15, 19],
    ]);
  });

  it("uses 1. for sections when the material is numbered that way, and unmatched headings get kind null", () => {
    expect(kinds("1.存在的问题", "正文。", "2.其他情况", "正文。", "3.整改措施", "正文。").map((x) => x[0])).toEqual(["存在的问题", null, "整改措施"]);
  });

  it("finds sections from styled headings without numbers", () => {
    const a = analyze(doc(heading(1, "存在的问题"), heading(2, "理论学习方面"), "一是……。比如……", heading(1, "原因分析"), "正文。", heading(1, "整改措施"), "正文。"), preset);
    expect(a.sections.map((s) => [s.kind, s.heading])).toEqual([["存在的问题", 0], ["原因分析", 3], ["整改措施", 5]]);
  });

  it("accepts bare heading lines in plain text without numbers or styles", () => {
    expect(kinds("导语。", "存在的问题", "一是……。", "原因分析", "正文。", "整改措施", "正文。").map((x) => x[0])).toEqual(["导语", "存在的问题", "原因分析", "整改措施"]);
  });

  it("gives an unstructured text a single 导语 section and ignores table cells", () => {
    expect(kinds("只是一段话。", para("存在的问题", { inTable: true }), "又一段话。")).toEqual([["导语", 0, 2]]);
  });

  it("finds nested problem aspects one level deeper", () => {
    const a = analyze(
      doc(
        "一、存在的主要问题",
        "（一）对照6个方面检查出的问题",
        "1.理论学习方面",
        "一是……。",
        "2.政治素质方面",
        "一是……。",
        "3.能力本领方面",
        "一是……。",
        "（二）结合典型案例剖析检查出的问题",
        "一是……。",
        "（三）树立和践行正确政绩观方面存在的问题",
        "一是……。",
        "二、原因分析",
        "正文。",
      ),
      preset,
    );
    const prob = a.sections[0];
    expect(prob.kind).toBe("存在的问题");
    expect(prob.aspects.map((x) => [x.aspectId, x.paragraph, x.end])).toEqual([
      ["lilun-xuexi", 2, 3],
      ["zhengzhi-suzhi", 4, 5],
      ["nengli-benling", 6, 7],
    ]);
  });
});
