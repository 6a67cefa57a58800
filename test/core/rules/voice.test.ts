import { checkDocument } from "../../../src/core/checker";
import { documentFromText } from "../../../src/core/text";
import { rule } from "../../../src/core/rules/voice";

const PERSONAL_BODY = [
  "根据统一部署，我认真学习，深入查摆，现将个人对照检查情况报告如下。",
  "一、存在的问题",
  "一是理论学习不够深入。我对原文原著读得不多，今年自学只有12次。",
  "二是调研不够扎实。班子成员下基层多是听汇报，深入一线少。",
  "三是作风不够严实。有的同志对群众反映的问题回应不及时。",
  "四是担当不够。作为班子成员，我对分管领域的难题有畏难情绪，去年有2项任务滞后。",
  "二、原因分析",
  "我放松了理论学习，党性修养有所弱化，本人对自己要求不严。",
  "三、整改措施",
  "我将每月自学不少于4次，年底前完成调研报告2篇。",
];

describe("type and year from the text (textDetect via checkDocument)", () => {
  const today = new Date("2026-02-10T00:00:00Z");
  it("a title without a type: the first-person voice makes it 个人, and the report says why", () => {
    const r = checkDocument(documentFromText(["2025年度民主生活会对照检查材料", ...PERSONAL_BODY].join("\n")), { today });
    expect(r.preset.id).toBe("dlsh-2025/geren");
    expect(r.preset.basis?.type).toMatch(/^正文口吻/);
    expect(r.preset.basis?.year).toBe("标题");
  });

  it("a collective voice makes it 班子; 支部 voice at a 组织生活会 makes it 党支部", () => {
    const banzi = checkDocument(documentFromText(["2025年度民主生活会对照检查材料", "班子认真查摆，我们深刻剖析。", "一、存在的问题", "一是班子学习不深，我们今年只研讨2次。"].join("\n")), { today });
    expect(banzi.preset.id).toBe("dlsh-2025/banzi");
    const zhibu = checkDocument(documentFromText(["2025年度组织生活会对照检查材料", "支部认真查摆，支委会深刻剖析，支部委员逐一发言。", "一、存在的问题", "一是支部学习不深，支委今年只研讨2次。"].join("\n")), { today });
    expect(zhibu.preset.id).toBe("zzsh-2025/zhibu");
  });

  it("a title without a year: the body's year decides (last year's named with 整改 counts as the year before)", () => {
    const r = checkDocument(documentFromText([
      "民主生活会对照检查材料",
      "班子对照2023年度民主生活会查摆问题的整改情况进行了梳理，我们逐项对账。",
      "一、存在的问题",
      "一是班子学习不深，我们今年只研讨2次。",
    ].join("\n")), { today });
    expect(r.preset.id).toBe("dlsh-2024/banzi");
    expect(r.preset.basis?.year).toBe("正文（“2023年度”）");
  });

  it("a chosen preset is not changed, and the basis says so", () => {
    const r = checkDocument(documentFromText(["民主生活会对照检查材料", ...PERSONAL_BODY].join("\n")), { presetId: "dlsh-2024/banzi" });
    expect(r.preset.id).toBe("dlsh-2024/banzi");
    expect(r.preset.basis).toEqual({ type: "指定", year: "指定" });
  });
});

describe("voice rule", () => {
  const run = (lines: string[], presetId: string) => checkDocument(documentFromText(lines.join("\n")), { rules: [rule], presetId }).findings;

  it("a 个人 material hiding behind 班子成员 / 有的同志 is reported per paragraph; 作为班子成员，我… is fine", () => {
    const f = run(["某某同志2025年度民主生活会个人对照检查材料", ...PERSONAL_BODY], "dlsh-2025/geren");
    expect(f.map((x) => x.data?.subject)).toEqual(["班子成员", "有的同志"]);
  });

  it("a first-person text checked against a 班子 preset gets one finding", () => {
    const f = run(["民主生活会对照检查材料", ...PERSONAL_BODY], "dlsh-2025/banzi");
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/第一人称/);
  });

  it("a 班子 text against a 班子 preset is quiet", () => {
    expect(run(["民主生活会对照检查材料", "班子认真查摆，我们深刻剖析。", "一、存在的问题", "一是班子学习不深，我们今年只研讨2次。"], "dlsh-2025/banzi")).toEqual([]);
  });
});
