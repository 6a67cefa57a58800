import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/duizhao";
import { coreEngine } from "../../src/cli/engine";
import type { Report } from "../../src/core/types";
import { generateMaterial, toDocx, toText } from "../../bench/generate";
import { FORMS, MATERIALS, materialDocx, parseOutline, withoutSection } from "../docx/materials";
import { captureIO } from "./helpers";

it("checks .docx and .txt with the real core engine; JSON is the plain Report shape", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-real-"));
  try {
    const ps = generateMaterial(120);
    fs.writeFileSync(path.join(dir, "a.docx"), toDocx(ps));
    fs.writeFileSync(path.join(dir, "b.txt"), toText(ps) + "\n某某网，www.example.com\n");
    const io = captureIO({ cwd: dir });
    const code = main(["check", ".", "--format", "json"], io, coreEngine);
    const reports = JSON.parse(io.out()) as Report[];
    expect(reports).toHaveLength(2);
    for (const r of reports) {
      expect(Object.keys(r).sort()).toEqual(["file", "findings", "preset", "sections", "stats"]);
      expect(r.stats.paragraphs).toBeGreaterThanOrEqual(120);
      expect(r.sections.length).toBeGreaterThan(0);
    }
    expect(reports[0].file).toBe("a.docx");
    expect([0, 1]).toContain(code);
    const presets = captureIO();
    expect(main(["presets"], presets, coreEngine)).toBe(0);
    expect(presets.out()).toMatch(/dlsh-2025\/banzi/);
    const bad = captureIO({ cwd: dir });
    expect(main(["check", "a.docx", "--preset", "dlsh-1999/none"], bad, coreEngine)).toBe(2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it("checks every material type in every .docx form with the real engine: no missing-section, exit 0; a removed section and a bad file change the exit code", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-forms-"));
  try {
    fs.mkdirSync(path.join(dir, "完整"));
    for (const m of MATERIALS) for (const form of FORMS) fs.writeFileSync(path.join(dir, "完整", `${m.type}-${form}.docx`), materialDocx(parseOutline(m.file), form));
    const io = captureIO({ cwd: dir });
    const code = main(["check", "完整", "--format", "json"], io, coreEngine);
    const reports = JSON.parse(io.out()) as Report[];
    expect(reports).toHaveLength(MATERIALS.length * FORMS.length);
    for (const r of reports) {
      expect(r.findings.filter((f) => f.ruleId === "missing-section")).toEqual([]);
      expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    }
    expect(code).toBe(0);

    const geren = MATERIALS.find((m) => m.type === "个人")!;
    fs.writeFileSync(path.join(dir, "缺原因.docx"), materialDocx(withoutSection(parseOutline(geren.file), "原因分析"), "auto"));
    const text = captureIO({ cwd: dir });
    expect(main(["check", "缺原因.docx"], text, coreEngine)).toBe(1);
    expect(text.out()).toContain("缺少“原因分析”");

    fs.writeFileSync(path.join(dir, "坏.docx"), "不是压缩包");
    const both = captureIO({ cwd: dir });
    expect(main(["check", "完整", "坏.docx"], both, coreEngine)).toBe(2);
    expect(both.out() + both.err()).toMatch(/坏\.docx.*不是 \.docx 文件/);
    expect(both.out()).toMatch(/共 13 个文件：12 个无错误，0 个有错误，1 个无法读取/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe("--preset-file: a unit's own preset file", () => {
  const { setUserThemes } = jest.requireActual("../../src/core/presets") as typeof import("../../src/core/presets");
  afterEach(() => setUserThemes([]));

  it("loads the file, lists and uses its presets; a bad file is a clear error with exit 2", async () => {
    const { SHIPPED_THEME_FILES } = await import("../../src/data/presets");
    const base = JSON.parse(JSON.stringify(Object.values(SHIPPED_THEME_FILES).find((j) => (j as { id: string }).id === "dlsh-2025")));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-preset-"));
    try {
      fs.writeFileSync(path.join(dir, "qinghe.json"), JSON.stringify({ ...base, id: "qinghe-2025", label: "青禾县2025年度民主生活会" }));
      fs.writeFileSync(path.join(dir, "broken.json"), "{ not json");
      fs.writeFileSync(path.join(dir, "wrong.json"), JSON.stringify({ id: "x" }));
      fs.writeFileSync(path.join(dir, "a.txt"), toText(generateMaterial(40)));

      const list = captureIO({ cwd: dir });
      expect(main(["presets", "--preset-file", "qinghe.json"], list, coreEngine)).toBe(0);
      expect(list.out()).toMatch(/qinghe-2025\/banzi\s+青禾县2025年度民主生活会 · 班子/);

      const run = captureIO({ cwd: dir });
      main(["check", "a.txt", "--preset-file", "qinghe.json", "--preset", "qinghe-2025/banzi", "--format", "json"], run, coreEngine);
      expect((JSON.parse(run.out()) as Report).preset.id).toBe("qinghe-2025/banzi");

      for (const [file, reason] of [["broken.json", /不是有效的 JSON/], ["wrong.json", /预设文件 wrong\.json 无效：/], ["missing.json", /文件不存在/]] as const) {
        const io = captureIO({ cwd: dir });
        expect(main(["check", "a.txt", "--preset-file", file], io, coreEngine)).toBe(2);
        expect(io.err()).toMatch(reason);
        expect(io.out()).toBe("");
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
