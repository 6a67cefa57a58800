import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/duizhao";
import { parseArgs, UsageError } from "../../src/cli/args";
import { captureIO, fakeEngine } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-words-"));
  fs.writeFileSync(path.join(dir, "甲.txt"), "某局对照检查材料\nXX村调研\n似乎\n");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => {
  const io = captureIO({ cwd: dir });
  const code = main(argv, io, fakeEngine);
  return { code, out: io.out(), err: io.err() };
};

describe("--words FILE", () => {
  test("parses once; refused with html/csv and when repeated", () => {
    expect(parseArgs(["check", "a.txt", "--words", "词表.txt"])).toMatchObject({ words: "词表.txt" });
    expect(parseArgs(["check", "a.txt"])).toMatchObject({ words: null });
    expect(() => parseArgs(["check", "a.txt", "--words", "a", "--words", "b"])).toThrow(UsageError);
    expect(() => parseArgs(["check", "a.txt", "--format", "html", "--words", "a"])).toThrow(UsageError);
  });

  test("a placeholder finding whose quote is a listed word is dropped (json); others stay", () => {
    const before = JSON.parse(run(["check", "甲.txt", "--format", "json"]).out);
    expect(before.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("placeholder");
    fs.writeFileSync(path.join(dir, "词表.txt"), "\ufeff# 本单位词表\r\nXX村调研\r\n");
    const { code, out, err } = run(["check", "甲.txt", "--format", "json", "--words", "词表.txt"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const after = JSON.parse(out);
    expect(after.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain("placeholder");
    expect(after.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("vague");
  });

  test("text output honours the list too; a missing file is a usage error (exit 2)", () => {
    fs.writeFileSync(path.join(dir, "词表.txt"), "XX村调研\n");
    expect(run(["check", "甲.txt", "--words", "词表.txt"]).out).not.toContain("未填写的占位内容");
    const missing = run(["check", "甲.txt", "--words", "没有.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无法读取词表文件");
  });
});
