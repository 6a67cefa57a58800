import { rule } from "../../../src/core/rules/copy-residue";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

describe("copy-residue", () => {
  it("removes a quoted site watermark inside a paragraph", () => {
    const text = "班子围绕五个方面查摆问题，现报告如下。“某某材料网，www.example-cailiao.com”";
    const r = run([text]);
    expect(r).toHaveLength(1);
    expect(r[0].fix).toMatchObject({ type: "replace", replacement: "", expected: "“某某材料网，www.example-cailiao.com”" });
    const f = r[0].fix as { offset: number; length: number };
    expect(text.slice(0, f.offset) + text.slice(f.offset + f.length)).toBe("班子围绕五个方面查摆问题，现报告如下。");
  });

  it("deletes a paragraph that is only residue", () => {
    const r = run(["来源：公文范文网", "更多范文请关注微信公众号，扫码下载全文。", "https://docs.example.cn/a/123.html"]);
    expect(r.map((f) => f.fix?.type)).toEqual(["delete-paragraph", "delete-paragraph", "delete-paragraph"]);
  });

  it("finds residue phrases inside long paragraphs and deletes only the short residue sentence", () => {
    const text = "我们对照检查了学习、作风、纪律三个方面的问题，逐条明确了整改责任和时限要求。阅读全文请开通会员。";
    const r = run([text]);
    expect(r).toHaveLength(1);
    expect(r[0].fix).toMatchObject({ expected: "阅读全文请开通会员。", replacement: "" });
  });

  it("does not flag ordinary text", () => {
    const r = run([
      "经费来源：本级财政预算安排。",
      "在下载安装学习平台后，有的同志学习积分长期偏低，会员单位联系不够，本站点位巡查不到位。",
      "2025年3月，班子召开专题会议研究整改工作，形成问题清单12项。",
      "对照《中国共产党纪律处分条例》逐条检视。",
    ]);
    expect(r).toEqual([]);
  });

  it("finds bare domains and survives long ASCII runs", () => {
    const r = run(["班子认真查摆了问题。资料整理自 cailiao.example.net/fanwen/88"]);
    expect(r).toHaveLength(1);
    expect(r[0].data?.residue).toEqual(["cailiao.example.net/fanwen/88"]);
    expect(run(["a.".repeat(3000) + "b"])).toEqual([]);
  });

  it("finds paywall and editor tags left by material websites", () => {
    const whole = run(["##paywall##"]);
    expect(whole).toHaveLength(1);
    expect(whole[0].fix).toMatchObject({ type: "delete-paragraph" });
    const inline = run(["班子成员带头落实谈心谈话制度，全年开展谈心谈话36人次。[[more]]", "以下为付费内容，开通后可查看全文。", "试读结束"]);
    expect(inline.map((f) => f.paragraph)).toEqual([0, 1, 2]);
    expect(inline[0].data?.residue).toEqual(["[[more]]"]);
    expect(inline[0].fix).toMatchObject({ type: "replace", expected: "[[more]]", replacement: "" });
    // A hash sign or bracket in ordinary writing is not a tag.
    expect(run(["会议编号#12，详见附件[1]。", "按照《通知》{2025}5号文件要求开展自查。"])).toEqual([]);
  });
});

describe("copy-residue: page metadata and Markdown markers", () => {
  const { rule: r } = require("../../../src/core/rules/copy-residue") as typeof import("../../../src/core/rules/copy-residue");
  const { rule: ph } = require("../../../src/core/rules/placeholder") as typeof import("../../../src/core/rules/placeholder");
  const { ctxFromLines: c } = require("../../fixtures/rules/mini-analysis") as typeof import("../../fixtures/rules/mini-analysis");
  const { applyFix } = require("../../fixtures/rules/apply-fix") as typeof import("../../fixtures/rules/apply-fix");

  it.each([
    "浏览量：1234",
    "发布时间：2025-01-06 09:30  浏览次数：218",
    "上一篇：某单位召开主题党日活动",
    "下一篇：关于做好年度考核工作的通知",
    "相关推荐",
    "责任编辑：王某",
    "点击下载完整版",
    "【字号 大 中 小】【打印】【关闭】",
  ])("a metadata line is deleted whole: %s", (line) => {
    const f = r.check(c(["一、存在的问题", line, "学习不深，今年只研讨2次。"]));
    expect(f).toHaveLength(1);
    expect(f[0].fix).toMatchObject({ type: "delete-paragraph", paragraph: 1 });
    const after = applyFix({ paragraphs: c(["一、存在的问题", line, "学习不深，今年只研讨2次。"]).doc.paragraphs }, f[0].fix!);
    expect(r.check(c(after.paragraphs.map((p) => p.text)))).toEqual([]);
  });

  it("a sentence that merely mentions these words is not residue", () => {
    expect(r.check(c(["班子对相关推荐的人选进行了认真考察，发布时间安排合理。", "作者本人承担的课题按期结题。"]))).toEqual([]);
  });

  it("Markdown ** markers: one finding, the fix keeps the words; not a placeholder", () => {
    const line = "**一是理论学习不够深入。**对原文原著读得不多。**今年自学12次**。";
    const f = r.check(c([line]));
    expect(f).toHaveLength(1);
    const after = applyFix(c([line]).doc, f[0].fix!);
    expect(after.paragraphs[0].text).toBe("一是理论学习不够深入。对原文原著读得不多。今年自学12次。");
    expect(r.check(c([after.paragraphs[0].text]))).toEqual([]);
    expect(ph.check(c([line]))).toEqual([]);
    expect(ph.check(c(["作为**部门，学习不深。"]))).toHaveLength(1);
  });
});

describe("copy-residue: star placeholders are not Markdown", () => {
  const { rule: r } = require("../../../src/core/rules/copy-residue") as typeof import("../../../src/core/rules/copy-residue");
  const { ctxFromLines: c } = require("../../fixtures/rules/mini-analysis") as typeof import("../../fixtures/rules/mini-analysis");
  it("***党委 … ***决策部署 and 关于**工作 … **部门 stay placeholders", () => {
    expect(r.check(c(["***党委认真落实***决策部署，关于**工作的要求和**部门的意见。"]))).toEqual([]);
  });
});
