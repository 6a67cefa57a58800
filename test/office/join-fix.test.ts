/**
 * join-paragraphs and delete-paragraphs on the simulated Word host: the run is verified in the first
 * sync and changed in the second; the re-check after the fix finds nothing new.
 */
import { createWordHost, type WordHostOptions } from "../../src/playground/host";
import { applyFix } from "../../src/office/fixes";
import { readDocument } from "../../src/office/read";
import { checkDocument } from "../../src/core";
import type { Finding } from "../../src/core/types";

const PRESET = "dlsh-2025/banzi";
const TITLE = "中共某某区委员会领导班子2025年度民主生活会对照检查材料";
const LINES = [
  "目录",
  "一、存在的问题",
  "二、原因分析",
  "三、整改措施",
  TITLE,
  "会前，班子集中学习4次，征求意见建议15条。现将对照检查情况报告如下。",
  "一、存在的问题",
  "一是理论学习不够深入。班子全年集中学习12次，但联系本区城市更新工作研究",
  "不多，2025年5月讨论老旧小区改造方案时，对群众诉求的分析还停留在表面，",
  "没有形成有分量的调研成果。",
  "二是担当作为不够，2025年有2个项目推进滞后。",
  "二、原因分析",
  "一是理论武装不够系统，学习缺乏计划性。二是党性修养有所放松，宗旨意识有所淡化。",
  "三、整改措施",
  "一是每月集中学习不少于2次，年底前完成专题调研报告，由党委书记负责。",
];
const PARAS: WordHostOptions["paragraphs"] = LINES.map((text) => ({ text }));

function setup(opts: WordHostOptions = {}) {
  const host = createWordHost({ paragraphs: PARAS, ...opts });
  host.install(globalThis);
  return host;
}
const texts = (host: ReturnType<typeof setup>) => host.doc.body.map((p) => p.text);
const byKind = (fs: Finding[], kind: string) => fs.find((f) => f.ruleId === "copy-residue" && f.data?.kind === kind);
const countBy = (fs: Finding[]) => {
  const m = new Map<string, number>();
  for (const f of fs) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
};

for (const requirementSets of [undefined, { WordApi: "1.3" }]) {
  const api = requirementSets ? "WordApi 1.3, by index" : "WordApi 1.9, by id";
  describe(`layout fixes through Office.js (${api})`, () => {
    test("join-paragraphs: the split sentence becomes one paragraph in 2 syncs; re-check finds nothing new", async () => {
      const host = setup({ requirementSets });
      const { model } = await readDocument();
      const before = checkDocument(model, { presetId: PRESET }).findings;
      const f = byKind(before, "line-break");
      expect(f?.fix).toMatchObject({ type: "join-paragraphs", paragraph: 7, count: 3 });
      host.resetSyncCount();
      const out = await applyFix(f!.fix!, model);
      expect(out).toMatchObject({ syncs: 2, paragraphsDelta: -2 });
      expect(host.syncCount()).toBe(2);
      expect(texts(host)).toEqual([...LINES.slice(0, 7), LINES[7] + LINES[8] + LINES[9], ...LINES.slice(10)]);
      const { model: again } = await readDocument();
      const now = checkDocument(again, { presetId: PRESET }).findings;
      expect(byKind(now, "line-break")).toBeUndefined();
      const was = countBy(before);
      expect([...countBy(now)].filter(([id, n]) => n > (was.get(id) ?? 0))).toEqual([]);
    });

    test("delete-paragraphs: the contents list before the title goes; re-check finds nothing new", async () => {
      const host = setup({ requirementSets });
      const { model } = await readDocument();
      const before = checkDocument(model, { presetId: PRESET }).findings;
      const f = byKind(before, "outline");
      expect(f?.fix).toMatchObject({ type: "delete-paragraphs", paragraph: 0, count: 4 });
      const out = await applyFix(f!.fix!, model);
      expect(out).toMatchObject({ syncs: 2, paragraphsDelta: -4 });
      expect(texts(host)).toEqual(LINES.slice(4));
      const { model: again } = await readDocument();
      const now = checkDocument(again, { presetId: PRESET }).findings;
      expect(byKind(now, "outline")).toBeUndefined();
      const was = countBy(before);
      expect([...countBy(now)].filter(([id, n]) => n > (was.get(id) ?? 0))).toEqual([]);
    });

    test("refused, changing nothing, when a paragraph of the run was edited since the check", async () => {
      const host = setup({ requirementSets });
      const { model } = await readDocument();
      const fix = byKind(checkDocument(model, { presetId: PRESET }).findings, "line-break")!.fix!;
      host.doc.userSetText(8, "不多，对群众诉求的分析还停留在表面，");
      const before = texts(host);
      await expect(applyFix(fix, model)).rejects.toThrow(/无法自动修正/);
      expect(texts(host)).toEqual(before);
    });
  });
}
