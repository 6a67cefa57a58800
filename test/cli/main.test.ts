import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/duizhao";
import type { Report } from "../../src/core/types";
import { miniDocx, p } from "../docx/helpers";
import { captureIO, fakeEngine } from "./helpers";

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-cli-"));
  fs.mkdirSync(path.join(dir, "材料", "子目录"), { recursive: true });
  fs.writeFileSync(path.join(dir, "材料", "甲.docx"), miniDocx({ body: p("某某单位对照检查材料") + p("一、存在的问题") + p("XX同志似乎不够") }));
  fs.writeFileSync(path.join(dir, "材料", "乙.txt"), "\ufeff一、存在的问题\n学习不够深入。\n");
  fs.writeFileSync(path.join(dir, "材料", "子目录", "丙.md"), "# 一、存在的问题\n似乎还行\n");
  fs.writeFileSync(path.join(dir, "材料", "坏.docx"), "这不是一个压缩包");
  fs.writeFileSync(path.join(dir, "材料", "~$甲.docx"), "lock");
  fs.writeFileSync(path.join(dir, "材料", ".hidden.txt"), "XX");
  fs.writeFileSync(path.join(dir, "材料", "忽略.pdf"), "%PDF");
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[], opts = {}) => {
  const io = captureIO({ cwd: dir, ...opts });
  const code = main(argv, io, fakeEngine);
  return { code, out: io.out(), err: io.err() };
};

describe("duizhao check", () => {
  it("checks a folder recursively in sorted order, reports the unreadable file on its own line and exits 2", () => {
    const { code, out, err } = run(["check", "材料"]);
    expect(code).toBe(2);
    expect(out).toContain(`${path.join("材料", "坏.docx")}: 无法读取：不是 .docx 文件（不是 zip 压缩包）`);
    expect(out.split("\n").filter((l) => l.includes("无法读取：")).length).toBe(1);
    expect(out).not.toContain("~$");
    expect(out).not.toContain(".hidden");
    expect(out).not.toContain("忽略.pdf");
    // The other files were still checked, with 1-based paragraph numbers.
    expect(out).toMatch(/甲\.docx.*错误 1 · 警告 1 · 提示 1/);
    expect(out).toContain("第 3 段");
    expect(out).toContain("“XX同志似乎不够”");
    expect(out).toMatch(/乙\.txt.*错误 0 · 警告 0 · 提示 1/);
    expect(out).toMatch(/丙\.md.*错误 0 · 警告 1/);
    // Final table.
    expect(out).toMatch(/文件\s+错误\s+警告\s+提示\s+状态/);
    expect(out).toMatch(/坏\.docx\s+-\s+-\s+-\s+无法读取/);
    expect(out).toMatch(/甲\.docx\s+1\s+1\s+1\s+未通过/);
    // Sorted: 坏 (U+574F) < 甲 (U+7532) < 乙 is U+4E59 — plain code point order: 乙 < 坏 < 甲; sub-folders in place.
    const order = ["乙.txt", "坏.docx", path.join("子目录", "丙.md"), "甲.docx"].map((n) => out.indexOf(path.join("材料", n) + (n.endsWith("坏.docx") ? ":" : "  ")));
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // No colour and no progress when not a TTY.
    expect(out).not.toContain("\x1b[");
    expect(err).toBe("");
  });

  it("exits 1 when an error finding exists and 0 when none", () => {
    expect(run(["check", path.join("材料", "甲.docx")]).code).toBe(1);
    const ok = run(["check", path.join("材料", "乙.txt")]);
    expect(ok.code).toBe(0);
    expect(ok.out).not.toContain("文件  ");
  });

  it("prints JSON reports matching the Report shape; an array for several files; unreadable lines on stderr", () => {
    const { code, out, err } = run(["check", "材料", "--format", "json"]);
    expect(code).toBe(2);
    const reports = JSON.parse(out) as Report[];
    expect(Array.isArray(reports)).toBe(true);
    expect(reports.map((r) => path.basename(r.file!))).toEqual(["乙.txt", "丙.md", "甲.docx"]);
    for (const r of reports) {
      expect(r).toEqual({
        file: expect.any(String),
        preset: { id: expect.any(String), label: expect.any(String), detected: expect.any(Boolean) },
        sections: expect.any(Array),
        findings: expect.any(Array),
        stats: { paragraphs: expect.any(Number), characters: expect.any(Number), ms: expect.any(Number) },
      });
      for (const f of r.findings) {
        expect(typeof f.ruleId).toBe("string");
        expect(["error", "warning", "info"]).toContain(f.severity);
        expect(typeof f.paragraph).toBe("number");
      }
    }
    expect(err).toContain("坏.docx: 无法读取：");
    const single = JSON.parse(run(["check", path.join("材料", "甲.docx"), "--format=json"]).out) as Report;
    expect(single.file).toBe(path.join("材料", "甲.docx"));
    expect(single.findings.find((f) => f.ruleId === "placeholder")?.paragraph).toBe(2);
  });

  it("filters by --min-severity (exit code still reflects errors)", () => {
    const { code, out } = run(["check", path.join("材料", "甲.docx"), "--format", "json", "--min-severity", "warning"]);
    expect(code).toBe(1);
    expect((JSON.parse(out) as Report).findings.map((f) => f.severity)).toEqual(["error", "warning"]);
    const text = run(["check", path.join("材料", "甲.docx"), "--min-severity", "error"]).out;
    expect(text).toContain("未填写的占位内容");
    expect(text).not.toContain("表述含糊");
  });

  it("reads GBK text with a note, rejects text in no known encoding and missing files, still checking the rest", () => {
    fs.writeFileSync(path.join(dir, "gbk.txt"), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xb4, 0xe6]));
    fs.writeFileSync(path.join(dir, "bad.txt"), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    const { code, out } = run(["check", "gbk.txt", "bad.txt", "nope.docx", path.join("材料", "乙.txt")]);
    expect(code).toBe(2);
    expect(out).toMatch(/gbk\.txt .*错误 0[^]*（按 GB18030（GBK） 编码读取）/);
    expect(out).toContain("bad.txt: 无法读取：文件开头标明是 UTF-16LE 编码，但内容不是有效的 UTF-16LE 文本");
    expect(out).toContain("nope.docx: 无法读取：文件不存在");
    expect(out).toMatch(/乙\.txt.*错误 0/);
    expect(out).not.toContain("按 UTF-8");
  });

  it("uses colour only on a TTY without NO_COLOR / --no-color, and shows progress only on a TTY stderr", () => {
    const tty = run(["check", "材料"], { stdoutIsTTY: true, stderrIsTTY: true });
    expect(tty.out).toContain("\x1b[31m");
    expect(tty.err).toContain("检查中 第 1 个");
    expect(run(["check", "材料", "--no-color"], { stdoutIsTTY: true }).out).not.toContain("\x1b[");
    expect(run(["check", "材料"], { stdoutIsTTY: true, env: { NO_COLOR: "1" } }).out).not.toContain("\x1b[");
    expect(run(["check", path.join("材料", "甲.docx")], { stderrIsTTY: true }).err).toBe("");
  });

  it("rejects an unknown preset with exit 2 and passes a known one through", () => {
    const bad = run(["check", "材料", "--preset", "nope/x"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("未知的预设：nope/x");
    expect(bad.out).toBe("");
    const good = JSON.parse(run(["check", path.join("材料", "乙.txt"), "--preset", "zzsh-2025/dangyuan", "--format", "json"]).out) as Report;
    expect(good.preset).toMatchObject({ id: "zzsh-2025/dangyuan", detected: false });
  });

  it("reports an empty folder", () => {
    fs.mkdirSync(path.join(dir, "空"));
    const r = run(["check", "空"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有找到可检查的文件");
  });
});

describe("duizhao other commands", () => {
  it("prints help and version in Chinese", () => {
    const h = run(["--help"]);
    expect(h.code).toBe(0);
    expect(h.out).toContain("用法");
    expect(h.out).toContain("退出码");
    expect(run([]).out).toContain("用法");
    expect(run(["--version"]).out).toMatch(/^duizhao \d+\.\d+\.\d+\n$/);
  });

  it("lists presets as text and JSON", () => {
    const t = run(["presets"]);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/^dlsh-2025\/banzi +2025年度民主生活会 · 班子$/m);
    expect(t.out).toContain("（方面表述未核实）");
    expect(JSON.parse(run(["presets", "--format", "json"]).out)).toHaveLength(2);
  });

  it("reports usage errors with exit 2", () => {
    for (const argv of [["frobnicate"], ["check"], ["check", "x", "--format", "xml"], ["check", "x", "--bogus"], ["check", "x", "--min-severity", "fatal"]]) {
      const r = run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^duizhao: /);
    }
  });
});
