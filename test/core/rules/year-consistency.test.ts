import { rule } from "../../../src/core/rules/year-consistency";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const TITLE = "某局领导班子2025年度民主生活会对照检查材料";
const run = (lines: string[], year: number | null = 2025, aspectGroup = "五个带头") => rule.check(ctxFromLines(lines, { year, aspectGroup }));

describe("year-consistency", () => {
  it("accepts a consistent material", () => {
    const r = run([
      TITLE,
      "按照要求，班子认真准备2025年度民主生活会，聚焦“五个带头”查摆问题。",
      "一、2024年度民主生活会整改落实情况",
      "2024年度民主生活会查摆的12个问题已整改完成10个，对照“四个带头”查摆的问题持续巩固。",
      "二、存在的问题",
      "（一）在带头强化政治忠诚方面。一是学习不系统，今年只开展集中学习4次。",
    ]);
    expect(r).toEqual([]);
  });

  it("flags this year's 年度 used for the previous meeting's rectification, with a fix", () => {
    const r = run([TITLE, "一、2025年度民主生活会整改落实情况", "二、存在的问题"]);
    expect(r).toHaveLength(1);
    expect(r[0].message).toBe("“2025年度”的整改落实情况应为上年度，即2024年度");
    expect(r[0].fix).toMatchObject({ type: "replace", paragraph: 1, offset: 2, length: 4, expected: "2025", replacement: "2024" });
  });

  it("flags a later 年度 and a stale previous year", () => {
    const r = run([TITLE, "会前，对照2023年度民主生活会查摆问题的整改情况进行了梳理。", "为开好2026年度民主生活会做好准备。"]);
    expect(r.map((f) => f.data?.problem)).toEqual(["stale-previous-year", "later-year"]);
  });

  it("flags a stale aspect group used as the checking frame", () => {
    const r = run([TITLE, "班子对照“四个带头”要求，逐条查摆问题。"]);
    expect(r).toHaveLength(1);
    expect(r[0].message).toBe("“四个带头”是2024年度的查摆提法，2025年度应为“五个带头”");
  });

  it("reports a title year that differs from the preset", () => {
    const r = run(["某局领导班子2024年度民主生活会对照检查材料", "班子对照“四个带头”查摆问题。"], 2025, "五个带头");
    expect(r.map((f) => f.data?.problem)).toEqual(["title-vs-preset"]);
  });

  it("does nothing without any year", () => {
    expect(run(["对照检查材料", "一、2024年度民主生活会整改落实情况"], null, "")).toEqual([]);
  });
});
