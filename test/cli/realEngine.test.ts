import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/duizhao";
import { coreEngine } from "../../src/cli/engine";
import type { Report } from "../../src/core/types";
import { generateMaterial, toDocx, toText } from "../../bench/generate";
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
