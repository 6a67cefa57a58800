/**
 * join-paragraphs and delete-paragraphs on the simulated WPS object model: every paragraph of the
 * run is verified before anything is written; the re-check after the fix finds nothing new.
 */
import { readDocument } from "../../src/wps/read";
import { applyFix, MSG_FIX_STALE } from "../../src/wps/edit";
import { checkDocument } from "../../src/core";
import type { Finding } from "../../src/core/types";
import { installWps, texts, uninstallWps } from "./helpers";

afterEach(uninstallWps);

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
  "一是每月集中学习不少于2次，年底前完成专题调研报告，由党委书记负责。二是每季度开展1次党性分析，使用Office",
  "365 在线表格跟踪进度，2026年6月底前完成。",
];
const byKind = (fs: Finding[], kind: string) => fs.filter((f) => f.ruleId === "copy-residue" && f.data?.kind === kind);
const countBy = (fs: Finding[]) => {
  const m = new Map<string, number>();
  for (const f of fs) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
};
const grown = (before: Finding[], now: Finding[]) => {
  const was = countBy(before);
  return [...countBy(now)].filter(([id, n]) => n > (was.get(id) ?? 0));
};

describe("layout fixes through the WPS object model", () => {
  test("join-paragraphs: one paragraph, the last line's text kept; at the end of the document too; re-check finds nothing new", async () => {
    const host = installWps(LINES.map((text) => ({ text })));
    const { model } = await readDocument();
    const before = checkDocument(model, { presetId: PRESET }).findings;
    const joins = byKind(before, "line-break");
    expect(joins.map((f) => f.fix && f.fix.type === "join-paragraphs" && [f.fix.paragraph, f.fix.count])).toEqual([
      [7, 3],
      [14, 2],
    ]);
    // The later run first (it ends the document), then the earlier one from the same model.
    expect((await applyFix(joins[1].fix!, model)).paragraphsDelta).toBe(-1);
    expect((await applyFix(joins[0].fix!, model)).paragraphsDelta).toBe(-2);
    expect(texts(host)).toEqual([
      ...LINES.slice(0, 7),
      LINES[7] + LINES[8] + LINES[9],
      ...LINES.slice(10, 14),
      LINES[14] + " " + LINES[15],
    ]);
    const { model: again } = await readDocument();
    const now = checkDocument(again, { presetId: PRESET }).findings;
    expect(byKind(now, "line-break")).toEqual([]);
    expect(grown(before, now)).toEqual([]);
  });

  test("delete-paragraphs: the contents list before the title goes; re-check finds nothing new", async () => {
    const host = installWps(LINES.map((text) => ({ text })));
    const { model } = await readDocument();
    const before = checkDocument(model, { presetId: PRESET }).findings;
    const f = byKind(before, "outline")[0];
    expect(f.fix).toMatchObject({ type: "delete-paragraphs", paragraph: 0, count: 4 });
    expect((await applyFix(f.fix!, model)).paragraphsDelta).toBe(-4);
    expect(texts(host)).toEqual(LINES.slice(4));
    const { model: again } = await readDocument();
    const now = checkDocument(again, { presetId: PRESET }).findings;
    expect(byKind(now, "outline")).toEqual([]);
    expect(grown(before, now)).toEqual([]);
  });

  test("refused, changing nothing, when a paragraph of the run was edited or removed", async () => {
    const host = installWps(LINES.map((text) => ({ text })));
    const { model } = await readDocument();
    const fix = byKind(checkDocument(model, { presetId: PRESET }).findings, "line-break")[0].fix!;
    host.doc.userSetText(9, "没有形成调研成果。");
    const before = texts(host);
    await expect(applyFix(fix, model)).rejects.toThrow(MSG_FIX_STALE);
    expect(texts(host)).toEqual(before);
  });
});
