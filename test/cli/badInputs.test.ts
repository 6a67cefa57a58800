/**
 * Bad inputs on the command line (issue 14 §2): symlink cycles, non-regular files, documents with
 * nothing to check, text in other encodings, terminal escapes in names and text. Every input is
 * built here, in a temp folder.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { main, type CliEngine } from "../../src/cli/duizhao";
import { walkInputs } from "../../src/cli/inputs";
import type { Report } from "../../src/core/types";
import { miniDocx, p } from "../docx/helpers";
import { captureIO, fakeEngine } from "./helpers";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-bad-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (rel: string, data: string | Uint8Array) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), data);
};

function counting(): { engine: CliEngine; checked: string[] } {
  const checked: string[] = [];
  return {
    checked,
    engine: {
      ...fakeEngine,
      check(doc, presetId, file) {
        checked.push(file);
        return fakeEngine.check(doc, presetId, file);
      },
    },
  };
}

const run = (argv: string[], engine: CliEngine = fakeEngine, opts = {}) => {
  const io = captureIO({ cwd: dir, ...opts });
  const code = main(argv, io, engine);
  return { code, out: io.out(), err: io.err() };
};

const posix = process.platform !== "win32";
const itPosix = posix ? it : it.skip;

describe("folder walk", () => {
  itPosix("ends on two symlink cycles and checks each file exactly once", () => {
    write("材料/a.txt", "一、存在的问题\n学习不深入。\n");
    write("材料/子/b.txt", "二、原因分析\n放松了要求。\n");
    fs.symlinkSync("..", path.join(dir, "材料", "子", "回上级")); // 材料/子/回上级 → 材料
    fs.symlinkSync(".", path.join(dir, "材料", "自己")); // 材料/自己 → 材料
    fs.symlinkSync(path.join(dir, "材料", "子", "b.txt"), path.join(dir, "材料", "c.txt")); // the same file again
    const { engine, checked } = counting();
    const r = run(["check", "材料", "材料/子"], engine);
    // c.txt is a link to 子/b.txt and sorts first: whichever name comes first is checked, once.
    expect(checked.map((f) => path.basename(f)).sort()).toEqual(["a.txt", "c.txt"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("共 2 个文件");
  });

  it("streams: a file is checked before later folders are read", () => {
    write("材料/a.txt", "一、存在的问题\n学习不深入。\n");
    write("材料/z/old.txt", "一、存在的问题\n旧的。\n");
    const { checked } = counting();
    const engine: CliEngine = {
      ...fakeEngine,
      check(doc, presetId, file) {
        checked.push(path.basename(file));
        // Appears only after the first file was checked: a walk that lists everything first misses it.
        if (file.endsWith("a.txt")) write("材料/z/new.txt", "一、存在的问题\n新的。\n");
        return fakeEngine.check(doc, presetId, file);
      },
    };
    expect(run(["check", "材料"], engine).code).toBe(0);
    expect(checked).toEqual(["a.txt", "new.txt", "old.txt"]);
  });

  it("walkInputs yields the first file without reading the rest of the tree", () => {
    write("材料/a.txt", "x");
    write("材料/b/c.txt", "x");
    const walk = walkInputs(["材料"], dir);
    const first = walk.next();
    expect(first.value).toMatchObject({ kind: "file", display: path.join("材料", "a.txt") });
    // Removed after the first file was yielded: the walk only now finds the folder gone.
    fs.rmSync(path.join(dir, "材料", "b"), { recursive: true });
    expect(walk.next().value).toEqual({ kind: "problem", display: path.join("材料", "b"), reason: "文件不存在" });
    expect(walk.next().done).toBe(true);
  });
});

describe("non-regular files are refused without being opened", () => {
  itPosix("a FIFO named on the command line and one inside a folder: refused, others checked, never blocks", () => {
    write("材料/ok.txt", "一、存在的问题\n学习不深入。\n");
    execFileSync("mkfifo", [path.join(dir, "管道.txt")]);
    execFileSync("mkfifo", [path.join(dir, "材料", "管道.docx")]);
    const r = run(["check", "管道.txt", "材料"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("管道.txt: 无法读取：这是命名管道（FIFO），不是普通文件，已跳过");
    expect(r.out).toContain(`${path.join("材料", "管道.docx")}: 无法读取：这是命名管道（FIFO）`);
    expect(r.out).toMatch(/ok\.txt .*错误 0/);
  });

  (fs.existsSync("/dev/zero") && fs.existsSync("/dev/null") ? it : it.skip)("/dev/zero and /dev/null are device files, refused with exit 2", () => {
    write("ok.txt", "一、存在的问题\n学习不深入。\n");
    const r = run(["check", "/dev/zero", "ok.txt", "/dev/null"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("/dev/zero: 无法读取：这是设备文件，不是普通文件，已跳过");
    expect(r.out).toContain("/dev/null: 无法读取：这是设备文件");
    expect(r.out).toMatch(/ok\.txt .*错误 0/);
  });

  itPosix("a socket is refused", async () => {
    const sock = path.join(dir, "s.txt");
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const r = run(["check", "s.txt"]);
      expect(r.code).toBe(2);
      expect(r.out).toContain("s.txt: 无法读取：这是套接字，不是普通文件，已跳过");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("a folder or FIFO given as --preset-file is refused with a Chinese reason", () => {
    write("ok.txt", "一、存在的问题\n");
    fs.mkdirSync(path.join(dir, "预设"));
    const r = run(["check", "ok.txt", "--preset-file", "预设"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("无法读取预设文件 预设：这是一个文件夹");
    if (posix) {
      execFileSync("mkfifo", [path.join(dir, "p.json")]);
      const f = run(["check", "ok.txt", "--preset-file", "p.json"]);
      expect(f.code).toBe(2);
      expect(f.err).toContain("这是命名管道（FIFO）");
    }
  });
});

describe("documents with no checkable text", () => {
  it("empty, whitespace-only and image-only files are an error (exit 2); the others are still checked", () => {
    write("空.txt", "");
    write("空白.md", " \n\u3000\u3000\n\t\n");
    write("空白.docx", miniDocx({ body: p("") + p("   ") + p("\u3000") }));
    const drawing = `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="图片 1"/></wp:inline></w:drawing></w:r></w:p>`;
    write("图片.docx", miniDocx({ body: drawing + drawing }));
    write("正常.txt", "一、存在的问题\n学习不深入。\n");
    const r = run(["check", "空.txt", "空白.md", "空白.docx", "图片.docx", "正常.txt"]);
    expect(r.code).toBe(2);
    for (const f of ["空.txt", "空白.md", "空白.docx", "图片.docx"]) expect(r.out).toContain(`${f}: 无法检查：文档中没有可检查的文字`);
    expect(r.out).not.toContain("未发现问题");
    expect(r.out).toMatch(/正常\.txt .*错误 0/);
    expect(r.out).toMatch(/图片\.docx\s+-\s+-\s+-\s+无法检查/);
    expect(r.out).toContain("共 5 个文件：1 个无错误，0 个有错误，0 个无法读取，4 个没有可检查的文字");
    const single = run(["check", "空.txt", "--format", "json"]);
    expect(single.code).toBe(2);
    expect(single.err).toContain("文档中没有可检查的文字");
    expect(JSON.parse(single.out)).toBeNull();
  });
});

describe("text boxes", () => {
  it("text only in a text box is checked", () => {
    const box = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="x"><a:graphic xmlns:a="y"><a:graphicData><wps:wsp xmlns:wps="z"><wps:txbx><w:txbxContent>${p("XX同志学习不够")}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="v"><v:textbox><w:txbxContent>${p("XX同志学习不够")}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    write("文本框.docx", miniDocx({ body: box }));
    const r = run(["check", "文本框.docx", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(report.stats.paragraphs).toBe(2); // the (empty) anchor paragraph and the box; the fallback copy is not read again
    expect(report.findings.filter((f) => f.ruleId === "placeholder")).toHaveLength(1);
  });
});

describe("text encodings", () => {
  const text = "一、存在的问题\nXX同志学习不深入。\n";
  const utf16 = (s: string, be: boolean) => {
    const b = Buffer.from(s, "utf16le");
    if (be) b.swap16();
    return b;
  };
  it("reads UTF-8 (with and without BOM), UTF-16LE/BE with BOM and GB18030, and says which", () => {
    write("u8.txt", text);
    write("u8bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    write("u16le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text, false)]));
    write("u16be.md", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(text, true)]));
    // GBK bytes of “一、存在的问题\nXX同志学习不深入。\n”, written out so the test needs no encoder.
    const gbk = Buffer.from("d2bba1a2b4e6d4dab5c4cecacce20a5858cdacd6bed1a7cfb0b2bbc9eec8eba1a30a", "hex");
    write("gbk.txt", gbk);
    const r = run(["check", "u8.txt", "u8bom.txt", "u16le.txt", "u16be.md", "gbk.txt", "--format", "json"]);
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.out) as Report[];
    expect(reports).toHaveLength(5);
    for (const rep of reports) {
      expect(rep.stats.paragraphs).toBe(2);
      expect(rep.findings.find((f) => f.ruleId === "placeholder")?.quote).toBe("XX同志学习不深入。");
    }
    const t = run(["check", "u8.txt", "u8bom.txt", "u16le.txt", "u16be.md", "gbk.txt"]).out;
    expect(t).toContain("（按 UTF-16LE 编码读取）");
    expect(t).toContain("（按 UTF-16BE 编码读取）");
    expect(t).toContain("（按 GB18030（GBK） 编码读取）");
    expect(t.match(/编码读取/g)).toHaveLength(3);
  });
});

/* eslint-disable no-control-regex -- these tests look for raw control characters */
describe("terminal escapes", () => {
  itPosix("are shown as visible escapes in file names and quotes; JSON keeps the exact names", () => {
    const evil = "a\x1b[2J\x1b]0;hi\x07\x9bb.txt";
    write(evil, "一、存在的问题\nXX同志\x1b[31m红\x1b[0m\n");
    const r = run(["check", evil, "--format", "text"]);
    expect(r.out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(r.out).toContain("a\\x1b[2J\\x1b]0;hi\\x07\\x9bb.txt");
    expect(r.out).toContain("XX同志\\x1b[31m红\\x1b[0m");
    const tty = run(["check", evil, "ok-missing.txt"], fakeEngine, { stderrIsTTY: true, stdoutIsTTY: true });
    expect(tty.err.replace(/\r\x1b\[K/g, "")).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(tty.out.replace(/\x1b\[\d+m/g, "")).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    const j = run(["check", evil, "--format", "json"]);
    expect(j.out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    const rep = JSON.parse(j.out) as Report;
    expect(rep.file).toBe(evil);
    expect(rep.findings[0].quote).toBe("XX同志\x1b[31m红\x1b[0m");
    const missing = run(["check", "no\x1b[2Jpe.txt"]);
    expect(missing.out).toContain("no\\x1b[2Jpe.txt: 无法读取：文件不存在");
  });
});
