import { rule } from "../../../src/core/rules/achievement-in-problems";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

describe("achievement-in-problems", () => {
  it("flags achievements reported as problems", () => {
    const r = run([
      "一、存在的问题",
      "（一）在担当作为方面。全年圆满完成各项目标任务，营商环境显著提升，获得省级表彰2次。",
      "（二）在作风建设方面。班子作风建设取得了明显成效，受到上级的充分肯定。",
    ]);
    expect(r.map((f) => f.paragraph)).toEqual([1, 2]);
    expect(r[0].data?.phrases).toEqual(["圆满完成", "显著提升", "获得省级表彰"]);
    expect(r[1].message).toMatch(/^存在的问题中摆了成绩/);
  });

  it("accepts concessions and negations", () => {
    const r = run([
      "一、存在的问题",
      "（一）虽然在项目建设上取得一定成效，但对群众急难愁盼问题回应不够及时。",
      "（二）专项整治取得了初步进展，但长效机制还没有建立起来。",
      "（三）一些改革举措推进缓慢，未取得实质性突破，成效不明显。",
      "（四）对标先进地区，我们获得的荣誉多，群众认可的实事少，这正是政绩观的偏差。",
    ]);
    // The achievement phrase of a concession is not reported as such; the item is 先扬后抑 (issue 9).
    expect(r.filter((f) => f.paragraph !== 4 && f.data?.kind !== "praise-first")).toEqual([]);
    expect(r.filter((f) => f.data?.kind === "praise-first").map((f) => f.paragraph)).toEqual([1, 2]);
  });

  it("ignores other sections", () => {
    expect(run(["一、上年度整改落实情况", "各项整改任务已圆满完成，取得了明显成效。"])).toEqual([]);
  });
});

describe("achievement-in-problems: 先扬后抑, a 成果 that falls short, 上年度整改 with only results", () => {
  const { checkDocument } = require("../../../src/core/checker") as typeof import("../../../src/core/checker");
  const { documentFromText } = require("../../../src/core/text") as typeof import("../../../src/core/text");
  const { rule: r } = require("../../../src/core/rules/achievement-in-problems") as typeof import("../../../src/core/rules/achievement-in-problems");
  const TITLE = "中共某某委员会领导班子2025年度民主生活会对照检查材料";
  const check = (lines: string[]) => checkDocument(documentFromText([TITLE, ...lines].join("\n")), { rules: [r], presetId: "dlsh-2025/banzi" }).findings;

  it("reports each item that opens with praise before the shortcoming, quoting the praise clause", () => {
    const f = check([
      "一、存在的问题",
      "一是理论学习不够深入。班子成员能够按时参加集中学习，但对原文原著研读不深，今年仅开展研讨2次。",
      "二是调研不够扎实。班子始终重视调查研究。但是下基层多是听汇报，去年走访企业仅5家。",
      "三是监督偏软。对下属单位的日常监督不够经常，今年只开展1次专项检查。",
    ]);
    expect(f.map((x) => [x.paragraph, x.data?.praise])).toEqual([
      [2, "班子成员能够按时参加集中学习"],
      [3, "班子始终重视调查研究"],
    ]);
  });

  it("a 成果 that the sentence says falls short is a shortcoming, not an achievement", () => {
    expect(check([
      "一、存在的问题",
      "一是学用结合不紧。把主题教育取得的成果转化为推动发展的实际成效还不够，今年有3项任务滞后。",
    ])).toEqual([]);
  });

  it("上年度整改落实情况 with only results is reported; with problem status or a separate report it is not", () => {
    const only = check([
      "一、上年度民主生活会整改落实情况",
      "一年来，班子在学思践悟中提高了政治站位，在攻坚克难中增强了担当本领，取得了明显成效。",
      "二、存在的问题",
      "一是学习不深，今年只研讨2次。",
    ]);
    expect(only.map((x) => x.data?.kind)).toEqual(["last-year-results-only"]);
    expect(check([
      "一、上年度民主生活会整改落实情况",
      "上年度查摆的4个问题，已完成整改3个，1个需长期坚持，取得了明显成效。",
      "二、存在的问题",
      "一是学习不深，今年只研讨2次。",
    ])).toEqual([]);
    expect(check([
      "一、上年度民主生活会整改落实情况",
      "班子扎实推进整改，取得了一定成效，具体情况以单行材料通报。",
      "二、存在的问题",
      "一是学习不深，今年只研讨2次。",
    ])).toEqual([]);
  });
});
