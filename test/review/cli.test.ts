import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/duizhao";
import { coreEngine } from "../../src/cli/engine";
import { parseArgs, UsageError } from "../../src/cli/args";
import { captureIO } from "../cli/helpers";
import { COPIED, material, previousMaterial, RECYCLED } from "./materials";

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-review-"));
  fs.mkdirSync(path.join(dir, "本次"));
  fs.mkdirSync(path.join(dir, "往年"));
  fs.writeFileSync(path.join(dir, "本次", "甲.txt"), material(0, { extraProblem: RECYCLED }));
  fs.writeFileSync(path.join(dir, "本次", "乙.txt"), material(1, { extraProblem: COPIED }));
  fs.writeFileSync(path.join(dir, "本次", "丙.md"), material(2));
  fs.writeFileSync(path.join(dir, "本次", "丁.txt"), material(3, { extraProblem: COPIED }));
  fs.writeFileSync(path.join(dir, "本次", "坏.docx"), "不是压缩包");
  fs.writeFileSync(path.join(dir, "往年", "甲2024.txt"), previousMaterial());
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => {
  const io = captureIO({ cwd: dir });
  const code = main(argv, io, coreEngine);
  return { code, out: io.out(), err: io.err() };
};

describe("duizhao check --format html|csv", () => {
  it("writes the self-contained HTML report with the copied pair and 年年提", () => {
    const { code, err } = run(["check", "本次", "--format", "html", "-o", "报告.html", "--previous", "往年"]);
    expect(code).toBe(2); // 坏.docx
    expect(err).toContain("坏.docx: 无法读取：");
    expect(err).toContain("已写入 报告.html：5 份材料，雷同 1 对，年年提 1 段");
    const html = fs.readFileSync(path.join(dir, "报告.html"), "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link /);
    // Folder order is by code point: 丁 < 丙 < 乙 < 甲.
    expect(html).toContain(`${path.join("本次", "丁.txt")} ↔ ${path.join("本次", "乙.txt")}：相同文字占较短材料`);
    expect(html).toContain("灌溉渠年久失修");
  });

  it("writes the CSV summary to standard output", () => {
    const { out } = run(["check", "本次", "--format", "csv"]);
    const lines = out.trimEnd().split("\r\n");
    expect(lines[0].startsWith("\ufeff文件,")).toBe(true);
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.includes("乙.txt"))).toContain("丁.txt");
  });

  it("-o and --previous only go with html or csv", () => {
    expect(() => parseArgs(["check", "x", "-o", "a.txt"])).toThrow(UsageError);
    expect(() => parseArgs(["check", "x", "--previous", "y"])).toThrow(UsageError);
    expect(parseArgs(["check", "x", "--format", "csv", "--previous", "y", "--previous", "z"])).toMatchObject({ previous: ["y", "z"], format: "csv" });
  });
});
