import { parse as parseScript } from "acorn";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const script = path.join(root, "scripts/package-wps.mjs");
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
const xmlTest = hasXmllint ? test : test.skip;

function xmllint(file: string): void {
  execFileSync("xmllint", ["--noout", file], { stdio: "pipe" });
}

describe("WPS shell files", () => {
  xmlTest("ribbon.xml and manifest.xml are well-formed (xmllint)", () => {
    xmllint(path.join(root, "src/wps/shell/ribbon.xml"));
    xmllint(path.join(root, "src/wps/shell/manifest.xml"));
  });

  test("ribbon: group 对照检查 on the Home tab, one button wired to the global callbacks; no XML declaration", () => {
    const ribbon = readFileSync(path.join(root, "src/wps/shell/ribbon.xml"), "utf8");
    expect(ribbon.startsWith("<customUI")).toBe(true);
    expect(ribbon).toContain('onLoad="OnAddinLoad"');
    expect(ribbon).toMatch(/<tab idMso="TabHome">/);
    expect(ribbon).toMatch(/<group id="grpDuizhao" label="对照检查">/);
    expect(ribbon).toMatch(/onAction="OnAction"[^>]*getImage="GetImage"/);
  });

  test("main.js is a classic script defining the callbacks as globals and opening the pane with CreateTaskPane", () => {
    const main = readFileSync(path.join(root, "src/wps/shell/main.js"), "utf8");
    expect(main).not.toMatch(/^\s*(import|export)\s/m);
    expect(main).not.toMatch(/async\s+function|=>/);
    for (const f of ["OnAddinLoad", "OnAction", "GetImage"]) expect(main).toContain(`window.${f} = function`);
    expect(main).toContain("wps.CreateTaskPane(");
    expect(main).toContain("PluginStorage");
    // The callbacks run in a plain function scope when the script is evaluated as a classic script.
    const win: Record<string, unknown> = { location: { href: "file:///x/duizhao_0.1.0/index.html" } };
    new Function("window", main)(win);
    expect(typeof win.OnAction).toBe("function");
  });

  test("the pane's WPS page loads no office.js", () => {
    expect(readFileSync(path.join(root, "src/wps/shell/taskpane.html"), "utf8")).not.toMatch(/<script[^>]*office\.js/i);
  });
});

describe("npm run package:wps", () => {
  test("without the WPS entry: stops with a Chinese message and writes nothing", () => {
    const r = spawnSync(process.execPath, [script], {
      cwd: root,
      env: { ...process.env, DUIZHAO_WPS_ENTRY: "src/wps/does-not-exist.tsx" },
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("未找到 WPS 任务窗格入口");
  });

  test("shell files and deployment examples are generated with the version and are well-formed", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "duizhao-wps-"));
    try {
      const r = spawnSync(process.execPath, [script], { cwd: root, env: { ...process.env, DUIZHAO_WPS_SHELL_ONLY: dir }, encoding: "utf8" });
      expect(r.status).toBe(0);
      const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version as string;
      const folder = `duizhao_${version}`;
      expect(readdirSync(dir).sort()).toEqual([folder, "jsplugins.xml", "oem.ini", "publish.xml", "安装说明.md"].sort());
      const files = readdirSync(path.join(dir, folder));
      for (const f of ["ribbon.xml", "main.js", "index.html", "manifest.xml", "assets"]) expect(files).toContain(f);
      expect(readFileSync(path.join(dir, folder, "manifest.xml"), "utf8")).toContain(`<Version>${version}</Version>`);
      expect(readFileSync(path.join(dir, "publish.xml"), "utf8")).toContain(`<jsplugin name="duizhao" type="wps" url="file://" enable="enable_dev" version="${version}"/>`);
      const guide = readFileSync(path.join(dir, "安装说明.md"), "utf8");
      for (const s of ["%APPDATA%\\kingsoft\\wps\\jsaddons", "~/.local/share/Kingsoft/wps/jsaddons", "authaddin.json", "允许", "重新启动", "12.1"]) {
        expect(guide).toContain(s);
      }
      expect(guide).not.toContain("{{");
      if (hasXmllint) {
        for (const f of ["publish.xml", "jsplugins.xml", path.join(folder, "ribbon.xml"), path.join(folder, "manifest.xml")]) xmllint(path.join(dir, f));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // The whole production build (task pane and 审核台): slow, so the ceiling is generous.
  test("builds the package with the task pane and the 审核台: review.html, its scripts and review-workers.js", () => {
    const out = mkdtempSync(path.join(tmpdir(), "duizhao-wps-pkg-"));
    try {
      const r = spawnSync(process.execPath, [script], { cwd: root, env: { ...process.env, DUIZHAO_WPS_OUT: out }, encoding: "utf8" });
      expect({ status: r.status, stderr: r.status === 0 ? "" : r.stderr }).toEqual({ status: 0, stderr: "" });
      const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version as string;
      const dir = path.join(out, `duizhao_${version}`);
      const files = readdirSync(dir);
      for (const f of ["taskpane.html", "taskpane.js", "review.html", "review.js", "review-workers.js"]) expect(files).toContain(f);
      // review.html loads review.js (and not the pane's script); every script it names is in the package.
      const html = readFileSync(path.join(dir, "review.html"), "utf8");
      // (minified: attribute values may be unquoted)
      const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
      expect(scripts).toContain("review.js");
      expect(scripts).not.toContain("taskpane.js");
      for (const s of scripts) expect(files).toContain(s);
      expect(readFileSync(path.join(dir, "taskpane.html"), "utf8")).not.toContain("review.js");
      // The normal workers are chunks beside it; review-workers.js carries both as self-contained text.
      const review = readFileSync(path.join(dir, "review.js"), "utf8");
      expect(review).toContain("review-workers.js");
      const sandbox: { duizhaoReviewWorkerSources?: { store: string; reader: string } } = {};
      new Function("self", readFileSync(path.join(dir, "review-workers.js"), "utf8"))(sandbox);
      const src = sandbox.duizhaoReviewWorkerSources!;
      for (const code of [src.store, src.reader]) {
        expect(code.length).toBeGreaterThan(1000);
        expect(code).not.toMatch(/importScripts\(/);
        expect(() => new Function(code)).not.toThrow();
      }
      expect(files.filter((f) => /^duizhao-review-(reader|store)\.js$/.test(f)).sort()).toEqual(["duizhao-review-reader.js", "duizhao-review-store.js"]);
      // Built like the Word pane (scripts/webpack-pane.cjs): Fluent's tokens object is the Proxy, not
      // its 467-entry literal, and Griffel's loader precompiled our styles, so the runtime style
      // compiler's RTL converter (rtl-css-js) is not in the pane's first script.
      const pane = readFileSync(path.join(dir, "taskpane.js"), "utf8");
      expect(pane).not.toContain('colorNeutralForeground1:"var(--colorNeutralForeground1)"');
      expect(pane).not.toContain("(translateX\\\\s*\\\\(\\\\s*)");
      // 骨架 arrives as one chunk (scripts/webpack-pane.cjs paneSplitChunks), as in the Word build.
      expect(files).toContain("skeleton.js");
      expect(files).not.toContain("tab-skeleton.js");
      // The Chromium inside WPS is old: the scripts must not gain newer syntax. Our code is emitted as
      // ES2017; Fluent's dependencies (not transpiled) ship up to ES2022 (tabster's class static blocks).
      const tooNew: string[] = [];
      for (const f of files.filter((x) => x.endsWith(".js"))) {
        try {
          parseScript(readFileSync(path.join(dir, f), "utf8"), { ecmaVersion: 2022, sourceType: "script" });
        } catch (e) {
          tooNew.push(`${f}: ${(e as Error).message}`);
        }
      }
      expect(tooNew).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 900000);
});
