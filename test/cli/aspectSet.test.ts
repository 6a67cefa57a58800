/** --aspect-set: the 组织生活会 查摆方面 set the CLI checks against, as chosen in the pane's 骨架 (issue 10). */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HELP, parseArgs, UsageError } from "../../src/cli/args";
import { main } from "../../src/cli/duizhao";
import { coreEngine } from "../../src/cli/engine";
import { allPresets, getPreset, setAspectSetChoice } from "../../src/core/presets";
import type { Report } from "../../src/core/types";
import { captureIO, fakeEngine } from "./helpers";

// A 2026 党支部 material written against the 四个对照 (our own wording).
const MATERIAL = [
  "第三党支部2026年度组织生活会对照检查材料",
  "一、存在的问题",
  "（一）对照党中央的号召和要求方面",
  "学习贯彻不够深入，结合实际不够紧密。",
  "（二）对照新时代合格党员标准方面",
  "担当作为不够，攻坚克难的劲头不足。",
  "（三）对照入党誓词方面",
  "履行党员义务不够自觉。",
  "（四）对照革命先辈和先进典型方面",
  "艰苦奋斗精神有所淡化。",
  "二、原因分析",
  "理想信念不够坚定，党性修养有所放松。",
  "三、整改措施",
  "加强理论学习，提升能力本领。",
].join("\n");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-aspect-"));
  fs.writeFileSync(path.join(dir, "支部.txt"), MATERIAL + "\n");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// The choice lives in the core (as in the pane): every test starts from each theme's first set.
afterEach(() => {
  for (const t of coreEngine.aspectSets()) setAspectSetChoice(t.themeId, null);
});

function check(...extra: string[]) {
  const io = captureIO({ cwd: dir });
  const code = main(["check", "支部.txt", "--format", "json", ...extra], io, coreEngine);
  return { code, io, report: io.out() ? (JSON.parse(io.out()) as Report) : null };
}
const aspectFindings = (r: Report | null) => (r?.findings ?? []).filter((f) => f.ruleId === "missing-aspect");

/** The ids every theme with several sets offers, from the shipped data. */
const shippedSetIds = () => [...new Set(allPresets().flatMap((p) => p.aspectSets?.map((s) => s.id) ?? []))];

it("checks against the first set by default and against the chosen set with --aspect-set", () => {
  const byDefault = check();
  expect(byDefault.report?.preset.id).toBe("zzsh-2026/zhibu");
  const first = getPreset("zzsh-2026/zhibu")!.aspectSets![0];
  expect(aspectFindings(byDefault.report).map((f) => f.message).join("")).toContain(first.label);

  const chosen = check("--aspect-set", "sige-duizhao");
  expect(chosen.code).toBe(byDefault.code);
  expect(chosen.io.err()).toBe("");
  expect(aspectFindings(chosen.report)).toEqual([]);
  // The 四个对照's aspects are now the ones the measures are matched against.
  expect(chosen.report!.findings.some((f) => f.message.includes("入党誓词"))).toBe(true);

  // --name=value works too, and the choice does not outlive the test's reset.
  expect(aspectFindings(check("--aspect-set=sige-duizhao").report)).toEqual([]);
});

it("an unknown id is a usage error in Chinese listing the valid ids, exit 2, nothing checked", () => {
  const { code, io } = check("--aspect-set", "sida-jilv");
  expect(code).toBe(2);
  expect(io.out()).toBe("");
  expect(io.err()).toContain("未知的查摆方面：sida-jilv");
  const ids = shippedSetIds();
  expect(ids.length).toBeGreaterThanOrEqual(2);
  for (const id of ids) expect(io.err()).toContain(id);
  expect(io.err()).toContain("四个对照");
});

it("notes when the explicit --preset has no such set, and still checks", () => {
  const { code, io, report } = check("--aspect-set", "sige-duizhao", "--preset", "dlsh-2025/banzi");
  expect(code).not.toBe(2);
  expect(report?.preset.id).toBe("dlsh-2025/banzi");
  expect(io.err()).toContain("dlsh-2025/banzi 没有“sige-duizhao”这套查摆方面");
});

it("applies to the 审核台 report (--format csv) as well", () => {
  const run = (...extra: string[]) => {
    const io = captureIO({ cwd: dir });
    main(["check", "支部.txt", "--format", "csv", ...extra], io, coreEngine);
    return io.out();
  };
  const byDefault = run();
  for (const t of coreEngine.aspectSets()) setAspectSetChoice(t.themeId, null);
  expect(run("--aspect-set", "sige-duizhao")).not.toBe(byDefault);
});

it("parses once, for check only; an engine without sets rejects every id", () => {
  expect((parseArgs(["check", "a.txt", "--aspect-set", "dlsh"]) as { aspectSet: string | null }).aspectSet).toBe("dlsh");
  expect((parseArgs(["check", "a.txt"]) as { aspectSet: string | null }).aspectSet).toBeNull();
  expect(() => parseArgs(["check", "a.txt", "--aspect-set", "dlsh", "--aspect-set", "dlsh"])).toThrow(UsageError);
  expect(() => parseArgs(["check", "a.txt", "--aspect-set"])).toThrow("--aspect-set 需要一个值");
  expect(() => parseArgs(["presets", "--aspect-set", "dlsh"])).toThrow(UsageError);
  const io = captureIO({ cwd: dir });
  expect(main(["check", "支部.txt", "--aspect-set", "dlsh"], io, fakeEngine)).toBe(2);
  expect(io.err()).toContain("没有哪个预设提供可选的查摆方面");
});

it("is documented in --help with real ids, and duizhao presets lists the sets", () => {
  expect(HELP).toContain("--aspect-set <方面编号>");
  const documented = [...HELP.matchAll(/([a-z]+(?:-[a-z]+)*)（(?:六大纪律|四个对照|民主生活会的方面)）/g)].map((m) => m[1]);
  expect(documented.length).toBe(3);
  for (const id of documented) expect(shippedSetIds()).toContain(id);
  const io = captureIO();
  expect(main(["presets"], io, coreEngine)).toBe(0);
  expect(io.out()).toMatch(/可选的查摆方面[\s\S]*2026年度组织生活会：liuda-jilv（六大纪律）、sige-duizhao（四个对照）/);
});
