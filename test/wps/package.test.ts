import { Parser, parse as parseScript } from "acorn";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { StrongRef, installPolyfills } from "../../src/wps/polyfills";

const root = path.resolve(__dirname, "../..");

// The oldest Chromium the WPS package must run on. WPS does not publish the Chromium inside its
// jsaddons; 12.1.0.26200 (Windows) lacks crypto.randomUUID (Chrome 92) and the 信创 builds (Kylin, UOS)
// may be older, so the floor is Chromium 80. Syntax: every script parses as ES2017 (Chrome 58),
// except that regular-expression literals may use ES2018's (lookbehind, named groups, \p{…}, the
// s flag: Chrome 62-64). Runtime APIs: NEWER_APIS below.
const FLOOR_CHROME = 80;

interface RegexLiteral {
  source: string;
  flags: string;
}

/**
 * Syntax newer than the floor in `code`: a parse error at ES2017, or a regular-expression literal
 * that is not valid ES2018. (acorn validates regular expressions at the parse's ecmaVersion, so the
 * ES2017 parse records them instead and each is checked apart.)
 */
function syntaxProblems(code: string): string[] {
  const regexes: RegexLiteral[] = [];
  const P = Parser.extend((Base) => {
    class CollectRegexes extends (Base as unknown as new (...args: unknown[]) => object) {
      validateRegExpFlags(state: RegexLiteral): void {
        regexes.push({ source: state.source, flags: state.flags });
      }
      validateRegExpPattern(): void {}
    }
    return CollectRegexes as unknown as typeof Parser;
  });
  try {
    P.parse(code, { ecmaVersion: 2017, sourceType: "script" });
  } catch (e) {
    return [(e as Error).message];
  }
  const problems: string[] = [];
  for (const r of regexes) {
    try {
      parseScript(`/${r.source}/${r.flags}`, { ecmaVersion: 2018 });
    } catch {
      problems.push(`regular expression newer than ES2018: /${r.source}/${r.flags}`);
    }
  }
  return problems;
}

/** A feature test of `name` just before a call: `x.name ? x.name(…) : …`, `"function" == typeof x.name`, `"name" in x`. */
function featureTested(name: string): (code: string, at: number) => boolean {
  const test = new RegExp(`(?:typeof\\s*[\\w$.]+\\.${name}\\b|[\\w$.]+\\.${name}\\s*(?:\\?|&&|\\|\\|)|["']${name}["']\\s*in\\s)`);
  return (code, at) => test.test(code.slice(Math.max(0, at - 200), at));
}

interface NewerApi {
  name: string;
  chrome: number;
  pattern: RegExp;
  /** Why this call is safe below `chrome` (guarded, or not the API), or undefined. */
  allowed?: (code: string, at: number, file: string) => boolean;
}

/**
 * Runtime APIs newer than the floor. The package's scripts are minified, so this looks at text:
 * calls by name, each allowed where feature-tested just before it or stood in for by src/wps/polyfills.ts.
 */
const NEWER_APIS: NewerApi[] = [
  { name: "Array/String .at()", chrome: 92, pattern: /\.at\(/g },
  { name: "Object.hasOwn", chrome: 93, pattern: /\bObject\.hasOwn\b/g },
  { name: "structuredClone", chrome: 98, pattern: /\bstructuredClone\(/g },
  { name: "crypto.randomUUID", chrome: 92, pattern: /\.randomUUID\(/g, allowed: featureTested("randomUUID") },
  // tabster's own focusable.findLast({ container }) takes an options object; Array's takes a function.
  { name: "Array findLast/findLastIndex", chrome: 97, pattern: /\.findLast(?:Index)?\((?!\{)/g },
  { name: "String replaceAll", chrome: 85, pattern: /\.replaceAll\(/g, allowed: featureTested("replaceAll") },
  { name: "Promise.any / AggregateError", chrome: 85, pattern: /\bPromise\.any\b|\bAggregateError\b/g },
  // Stood in for by src/wps/polyfills.ts, which only the pane's entry loads (not the 审核台's, nor workers).
  {
    name: "WeakRef",
    chrome: 84,
    pattern: /\bWeakRef\b/g,
    allowed: (_code, _at, file) => !/^(review|review-workers|duizhao-review-(reader|store))\.js$/.test(file),
  },
  { name: "FinalizationRegistry", chrome: 84, pattern: /\bFinalizationRegistry\b/g },
  { name: "Element.replaceChildren", chrome: 86, pattern: /\.replaceChildren\(/g },
  { name: "Intl.Segmenter / Intl.DisplayNames", chrome: 87, pattern: /\bIntl\.(?:Segmenter|DisplayNames)\b/g },
  { name: "AbortSignal.timeout / .any", chrome: 100, pattern: /\bAbortSignal\.(?:timeout|any)\b/g },
  { name: "showPicker / checkVisibility", chrome: 99, pattern: /\.(?:showPicker|checkVisibility)\(/g },
  { name: "Array toSorted/toReversed/toSpliced", chrome: 110, pattern: /\.(?:toSorted|toReversed|toSpliced)\(/g },
  { name: "String isWellFormed/toWellFormed", chrome: 111, pattern: /\.(?:isWellFormed|toWellFormed)\(/g },
  { name: "Object/Map.groupBy", chrome: 117, pattern: /\b(?:Object|Map)\.groupBy\b/g },
  { name: "Promise.withResolvers / Array.fromAsync", chrome: 119, pattern: /\bPromise\.withResolvers\b|\bArray\.fromAsync\b/g },
];

/** Unguarded calls of runtime APIs newer than the floor in `code` (file name for the report). */
function apiProblems(file: string, code: string): string[] {
  const problems: string[] = [];
  for (const api of NEWER_APIS) {
    if (api.chrome <= FLOOR_CHROME) continue;
    for (const m of code.matchAll(api.pattern)) {
      const at = m.index ?? 0;
      if (api.allowed?.(code, at, file)) continue;
      problems.push(`${file}: ${api.name} (Chrome ${api.chrome}) at ${JSON.stringify(code.slice(Math.max(0, at - 60), at + 40))}`);
    }
  }
  return problems;
}

describe("WPS package checks (the floor: Chromium 80)", () => {
  test("syntax: ES2017 passes; class static blocks, fields, ?., ??, object spread, optional catch binding fail", () => {
    expect(syntaxProblems("async function f(a, ...b) { for (const x of b) await x; return { a }; }")).toEqual([]);
    for (const newer of ["class A { static { this.x = 1; } }", "class A { x = 1 }", "a?.b", "a ?? b", "({ ...a })", "try {} catch {}", "a ||= b", "1_000"]) {
      expect(syntaxProblems(newer)).toHaveLength(1);
    }
  });

  test("syntax: regular expressions up to ES2018 pass (lookbehind, named groups, \\p{…}, s flag); the d and v flags fail", () => {
    expect(syntaxProblems("var r = [/(?<!自)我/, /(?<y>\\d{4})/, /\\p{Script=Han}/u, /a.b/s];")).toEqual([]);
    expect(syntaxProblems("var r = /a/d;")).toHaveLength(1);
    expect(syntaxProblems("var r = /[\\p{L}--a]/v;")).toHaveLength(1);
  });

  test("runtime APIs: unguarded calls are reported, feature-tested ones and tabster's findLast({…}) are not", () => {
    expect(apiProblems("x.js", "a.at(-1)")).toHaveLength(1);
    expect(apiProblems("x.js", "s.replaceAll(a,b)")).toHaveLength(1);
    expect(apiProblems("x.js", "function m(e,t,r){return e.replaceAll?e.replaceAll(t,r):e.replace(new RegExp(t,\"g\"),r)}")).toEqual([]);
    expect(apiProblems("x.js", "\"function\"==typeof crypto.randomUUID?crypto.randomUUID():fallback()")).toEqual([]);
    expect(apiProblems("x.js", "crypto.randomUUID()")).toHaveLength(1);
    expect(apiProblems("x.js", "l.findLast({container:i})")).toEqual([]);
    expect(apiProblems("x.js", "a.findLast(x=>x)")).toHaveLength(1);
    expect(apiProblems("taskpane.js", "new WeakRef(e)")).toEqual([]);
    expect(apiProblems("review.js", "new WeakRef(e)")).toHaveLength(1);
    expect(apiProblems("x.js", "a.flatMap(f);Object.fromEntries(e);s.matchAll(r);Promise.allSettled(p);globalThis")).toEqual([]);
  });

  test("polyfills: WeakRef stand-in installed only where missing; deref() gives the target back", () => {
    const scope: Record<string, unknown> = {};
    expect(installPolyfills(scope)).toEqual(["WeakRef"]);
    const Ctor = scope.WeakRef as new (t: object) => { deref(): unknown };
    const el = { id: 1 };
    expect(new Ctor(el).deref()).toBe(el);
    expect(() => new Ctor(1 as unknown as object)).toThrow(TypeError);
    const native = { WeakRef };
    expect(installPolyfills(native)).toEqual([]);
    expect(native.WeakRef).toBe(WeakRef);
    expect(new StrongRef(el).deref()).toBe(el);
  });
});
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
      // The Chromium inside WPS is old (floor: FLOOR_CHROME): every script, the workers' sources
      // inside review-workers.js included, parses as ES2017 (scripts/webpack-pane.cjs
      // DownlevelOutputPlugin lowers Fluent's dependencies too) and calls no newer runtime API unguarded.
      const scriptsToCheck = files.filter((x) => x.endsWith(".js")).map((f) => ({ name: f, code: readFileSync(path.join(dir, f), "utf8") }));
      scriptsToCheck.push({ name: "review-workers.js (store)", code: src.store }, { name: "review-workers.js (reader)", code: src.reader });
      const tooNew: string[] = [];
      for (const { name, code } of scriptsToCheck) {
        for (const p of syntaxProblems(code)) tooNew.push(`${name}: ${p}`);
        tooNew.push(...apiProblems(name, code));
      }
      expect(tooNew).toEqual([]);
      // The WeakRef stand-in (src/wps/polyfills.ts) is in the pane's first script.
      expect(pane).toContain('"WeakRef"');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 900000);
});
