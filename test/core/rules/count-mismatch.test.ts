import { checkDocument } from "../../../src/core/checker";
import { documentFromText } from "../../../src/core/text";
import { rule } from "../../../src/core/rules/count-mismatch";

const TITLE = "中共某某委员会领导班子2025年度民主生活会对照检查材料";
const run = (lines: string[]) => checkDocument(documentFromText([TITLE, ...lines].join("\n")), { rules: [rule], presetId: "dlsh-2025/banzi" }).findings;

describe("count-mismatch", () => {
  it("announced four, five numbered items follow", () => {
    const r = run([
      "三、原因分析",
      "深挖根源，主要有以下四个方面原因：",
      "（一）理论学习不够深入。对创新理论学习满足于读原文。",
      "（二）党性修养有所放松。自我要求不够严格。",
      "（三）宗旨意识有所淡化。深入基层不够经常。",
      "（四）担当精神不够强。遇到难题有畏难情绪。",
      "（五）纪律意识不够牢。对小节问题重视不够。",
      "四、整改措施",
      "（一）加强理论学习。每月集中学习两次。",
    ]);
    expect(r).toHaveLength(1);
    expect(r[0].data).toMatchObject({ announced: 4, actual: 5 });
    expect(r[0].message).toBe("前文说“四个方面”，后面实际列出了 5 项，请核对");
  });

  it("matching counts stay quiet (numbered items, a heading over its sub-items, run-in points)", () => {
    expect(run([
      "一、存在的问题",
      "（一）对照3个方面查摆的问题",
      "1.理论学习方面",
      "学习不深入，去年集中学习仅4次。",
      "2.政治素质方面",
      "政治敏锐性不强，2025年3月一次会议上讨论不充分。",
      "3.廉洁自律方面",
      "监督不严，今年有2起违规问题。",
      "二、原因分析",
      "存在上述问题的原因有以下三点：一是学习不深，二是党性不强，三是纪律松弛。",
    ])).toEqual([]);
  });

  it("run-in points in the same paragraph and on following lines are counted", () => {
    const r = run([
      "一、存在的问题",
      "班子在作风方面存在三点不足：一是调研不深入，二是会议偏多，三是督查不严，四是文风不实。",
    ]);
    expect(r.map((f) => f.data)).toEqual([expect.objectContaining({ announced: 3, actual: 4 })]);
    const r2 = run([
      "一、存在的问题",
      "主要表现在以下两个方面：",
      "一是调研不深入，今年仅下基层3次。",
      "二是会议偏多，文件层层转发。",
      "三是督查不严，整改不彻底。",
    ]);
    expect(r2.map((f) => f.data)).toEqual([expect.objectContaining({ announced: 2, actual: 3 })]);
  });

  it("set phrases and counts that introduce no list are not announcements", () => {
    expect(run([
      "一、存在的问题",
      "班子对照6个方面查摆问题，贯彻中央八项规定精神，执行“三项行动”还有差距。",
      "（一）理论学习方面",
      "学习不深入，去年集中学习仅4次。",
      "（二）廉洁自律方面",
      "监督不严，今年有2起违规问题。",
    ])).toEqual([]);
  });
});
