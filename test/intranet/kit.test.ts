// The intranet kit (npm run package:intranet): .reg files, arguments, the pruned office-js tree,
// the local taskpane.html, the manifests (against the XSD when ../shared is present), the zip.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { unzipSync, strFromU8 } from "fflate";

const root = path.resolve(__dirname, "../..");
const kit = require("../../scripts/intranet-kit.cjs");
const ojs = require("../../scripts/office-js-local.cjs");

const BASE = "https://oa.example.gov.cn/duizhao/";

describe(".reg files", () => {
  it("are UTF-16LE with BOM, CRLF only, and start with the regedit 5 header", () => {
    const buf: Buffer = kit.trustedCatalogReg("\\\\fs01\\duizhao");
    expect([buf[0], buf[1]]).toEqual([0xff, 0xfe]);
    const text: string = kit.decodeReg(buf);
    expect(text.startsWith("Windows Registry Editor Version 5.00\r\n\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("trust the share as a catalog shown in the menu, with a stable GUID", () => {
    const text: string = kit.decodeReg(kit.trustedCatalogReg("\\\\fs01\\duizhao"));
    const guid: string = kit.catalogGuid("\\\\fs01\\duizhao");
    expect(guid).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
    expect(kit.catalogGuid("\\\\FS01\\Duizhao")).toBe(guid);
    expect(kit.catalogGuid("\\\\fs02\\duizhao")).not.toBe(guid);
    expect(text.split("\r\n")).toEqual([
      "Windows Registry Editor Version 5.00",
      "",
      `[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${guid}]`,
      `"Id"="${guid}"`,
      '"Url"="\\\\\\\\fs01\\\\duizhao"',
      '"Flags"=dword:00000001',
      "",
      "",
    ]);
  });

  it("sideload the manifest under WEF\\Developer with the add-in id as the value name", () => {
    const text: string = kit.decodeReg(kit.sideloadReg("15816ab7-1bc8-48a6-8d68-b71fa881fce8", "C:\\对照检查\\manifest.xml"));
    expect(text).toContain("[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer]\r\n");
    expect(text).toContain('"15816ab7-1bc8-48a6-8d68-b71fa881fce8"="C:\\\\对照检查\\\\manifest.xml"\r\n');
  });

  it("undo both in the removal file", () => {
    const text: string = kit.decodeReg(kit.uninstallReg("\\\\fs01\\duizhao", "abc"));
    expect(text).toContain(`[-HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${kit.catalogGuid("\\\\fs01\\duizhao")}]`);
    expect(text).toContain('"abc"=-');
  });

  it("escape quotes and backslashes in string values", () => {
    expect(kit.regString('a\\b"c')).toBe('"a\\\\b\\"c"');
  });
});

describe("arguments", () => {
  it("need an https base URL and default the share and sideload path from its host", () => {
    const o = kit.parseArgs(["--base-url", "https://oa.example.gov.cn/duizhao"], {});
    expect(o.baseUrl).toBe(BASE);
    expect(o.share).toBe("\\\\oa.example.gov.cn\\duizhao");
    expect(o.sideloadPath).toBe("\\\\oa.example.gov.cn\\duizhao\\manifest.xml");
    expect(o.zip).toBe(true);
    expect(o.mode).toBe("production");
  });

  it("accept --share, --sideload-path, --no-zip, --full-office-js and key=value", () => {
    const o = kit.parseArgs([`--base-url=${BASE}`, "--share", "//fs01/addins/", "--sideload-path", "C:/duizhao/manifest.xml", "--no-zip", "--full-office-js"], {});
    expect(o.share).toBe("\\\\fs01\\addins");
    expect(o.sideloadPath).toBe("C:\\duizhao\\manifest.xml");
    expect(o.zip).toBe(false);
    expect(o.fullOfficeJs).toBe(true);
  });

  it("take ADDIN_BASE_URL from the environment", () => {
    expect(kit.parseArgs([], { ADDIN_BASE_URL: BASE }).baseUrl).toBe(BASE);
  });

  it("reject a missing or http base URL, a bad share and unknown flags with Chinese messages", () => {
    expect(() => kit.parseArgs([], {})).toThrow(/缺少 --base-url/);
    expect(() => kit.parseArgs(["--base-url", "http://oa/duizhao/"], {})).toThrow(/https/);
    expect(() => kit.parseArgs(["--base-url", BASE, "--share", "D:\\share"], {})).toThrow(/网络共享路径/);
    expect(() => kit.parseArgs(["--base-url", BASE, "--zip-it"], {})).toThrow(/未知参数/);
  });
});

describe("office-js tree for Word", () => {
  const dist: string = ojs.officeJsDistDir();
  const all: string[] = ojs.listOfficeJsFiles();
  const kept = new Set(all.filter((f) => ojs.keepOfficeJsFile(f)));

  it("is the exact-pinned @microsoft/office-js", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.devDependencies["@microsoft/office-js"]).toBe(ojs.officeJsVersion());
    expect(pkg.devDependencies["@microsoft/office-js"]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("keeps office.js, every word host file, the strings of every locale and the telemetry/auth helpers", () => {
    for (const f of ["office.js", "o15apptofilemappingtable.js", "telemetry/oteljs_agave.js", "ariatelemetry/aria-web-telemetry.js", "webauth/webauth.browserauth.js"]) {
      expect(kept.has(f)).toBe(true);
    }
    const words = all.filter((f) => /^word/.test(f) && !f.endsWith(".debug.js"));
    expect(words).toEqual(expect.arrayContaining(["word-win32-16.00.js", "word-win32-16.01.js", "word-web-16.00.js", "word-mac-16.00.js", "word-15.01.js"]));
    for (const f of words) expect(kept.has(f)).toBe(true);
    const locales = all.filter((f) => f.endsWith("/office_strings.js"));
    expect(locales.length).toBeGreaterThan(50);
    for (const f of locales) expect(kept.has(f)).toBe(true);
  });

  it("drops only debug builds, IntelliSense files and other applications' files", () => {
    for (const f of all.filter((x) => !kept.has(x))) {
      expect(f).toMatch(/\.debug\.js$|-vsdoc\.js$|^office\.d\.ts$|^(access|excel|onenote|outlook|powerpoint|project|visio)[^/]*\.js$|\/outlook_strings\.js$/);
    }
  });

  it("keeps every file that office.js or a word host file names (release names)", () => {
    const officeJs = fs.readFileSync(path.join(dist, "office.js"), "utf8");
    // The host file office.js builds for Word: word-<platform>-<version>.js from its version map.
    const map = /HostSpecificFileVersionMap=(\{[^;]*?\}\})/.exec(officeJs);
    expect(map).not.toBeNull();
    const word = JSON.parse(map![1].replace(/([a-z0-9]+):/g, '"$1":')).word as Record<string, string>;
    for (const [platform, version] of Object.entries(word)) {
      for (const v of ["16.00", version]) {
        const f = `word-${platform}-${v}.js`;
        if (all.includes(f)) expect(kept.has(f)).toBe(true);
      }
    }
    // Release names only: the debug names live in office.debug.js, not in office.js.
    expect(officeJs).toContain('OfficeStringJS:"office_strings.js"');
    expect(officeJs).toContain('O15InitHelper:"o15apptofilemappingtable.js"');
    expect(officeJs).not.toContain("office_strings.debug.js");
    const sources = ["office.js", "o15apptofilemappingtable.js", ...all.filter((f) => /^word[^/]*\.js$/.test(f) && kept.has(f))];
    const named = new Set<string>();
    for (const s of sources) {
      for (const m of fs.readFileSync(path.join(dist, s), "utf8").matchAll(/"([A-Za-z0-9_./-]+\.js)"/g)) named.add(path.posix.basename(m[1]));
    }
    const missing = [...named]
      .filter((b) => !b.endsWith(".debug.js"))
      .flatMap((b) => all.filter((f) => path.posix.basename(f) === b))
      .filter((f) => !kept.has(f));
    expect(missing).toEqual([]);
  });
});

describe("taskpane.html of the local variant", () => {
  const template = fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");

  it("loads office-js/office.js and allows scripts and frames from 'self' only", () => {
    const html: string = ojs.localizeTaskpaneHtml(template);
    expect(html).toContain('<script src="office-js/office.js"></script>');
    expect(html).not.toContain("appsforoffice");
    const csp = /content="(default-src[^"]+)"/.exec(html)![1];
    expect(/script-src ([^;]+)/.exec(csp)![1].trim()).toBe("'self'");
    expect(/frame-src ([^;]+)/.exec(csp)![1].trim()).toBe("'self'");
    expect(csp).not.toMatch(/https?:/);
  });

  it("refuses a template without the CDN script (nothing silently stays on the CDN)", () => {
    expect(() => ojs.localizeTaskpaneHtml("<html><head></head></html>")).toThrow(/找不到/);
  });

  it("leaves the ordinary (CDN) build alone: no extra webpack plugins", () => {
    expect(ojs.localOfficeJsPlugins({ mode: "cdn", root })).toEqual([]);
    const plugins = ojs.localOfficeJsPlugins({ mode: "local", root, CopyWebpackPlugin: require("copy-webpack-plugin"), HtmlWebpackPlugin: require("html-webpack-plugin") });
    expect(plugins).toHaveLength(2);
  });

  it("is chosen by OFFICE_JS (cdn by default)", () => {
    expect(ojs.officeJsMode({})).toBe("cdn");
    expect(ojs.officeJsMode({ OFFICE_JS: "local" })).toBe("local");
    expect(ojs.officeJsMode({ OFFICE_JS: "local-full" })).toBe("local-full");
    expect(() => ojs.officeJsMode({ OFFICE_JS: "remote" })).toThrow(/OFFICE_JS/);
  });
});

describe("install guide", () => {
  const tpl = fs.readFileSync(path.join(root, "src/intranet/install-guide.html"), "utf8");
  const vars = {
    VERSION: "0.1.0",
    BASE_URL: BASE,
    HOST: "oa.example.gov.cn",
    BASE_PATH: "/duizhao/",
    SHARE: "\\\\oa.example.gov.cn\\duizhao",
    SIDELOAD_PATH: "\\\\oa.example.gov.cn\\duizhao\\manifest.xml",
    CATALOG_GUID: "{X}",
    ADDIN_ID: "id",
    OFFICE_JS_VERSION: "1.1.110",
    OFFICE_JS_FILES: "177",
    SELF_CHECK_URL: `${BASE}自检.html`,
  };

  it("fills every placeholder and covers IIS, nginx, the catalog, Office versions and a blank pane", () => {
    const html: string = kit.renderTemplate(tpl, vars);
    expect(html).not.toContain("{{");
    for (const s of ["IIS", "nginx", "mimeMap", "ssl_certificate", "受信任的加载项目录", "显示在菜单中", "IE11", "Office 2019 批量许可版", "LTSC 2021", "空白", "自检"]) {
      expect(html).toContain(s);
    }
    expect(html).not.toMatch(/<(script|link|img)\b/);
  });

  it("refuses a missing variable", () => {
    expect(() => kit.renderTemplate(tpl, { VERSION: "1" })).toThrow(/模板变量缺失/);
  });
});

describe("manifests against the XSD", () => {
  const xsd = path.resolve(root, "..", "shared", "schemas", "manifest", "OfficeAppManifestV1_1.xsd");
  const haveXmllint = spawnSync("xmllint", ["--version"]).status === 0;
  const run = fs.existsSync(xsd) && haveXmllint ? it : it.skip;

  run("the self-check manifest is valid", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-kit-"));
    try {
      const file = path.join(dir, "自检清单.xml");
      fs.writeFileSync(file, kit.selfCheckManifest(BASE, "0.1.0.0"));
      const r = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
      expect(r.stderr).toContain("validates");
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("zip", () => {
  it("holds every file under one top folder with UTF-8 names", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-zip-"));
    try {
      fs.mkdirSync(path.join(dir, "office-js", "zh-cn"), { recursive: true });
      fs.writeFileSync(path.join(dir, "安装说明.html"), "<h1>说明</h1>");
      fs.writeFileSync(path.join(dir, "office-js", "zh-cn", "office_strings.js"), "var a=1;");
      const files = unzipSync(kit.zipDirectory(dir, "duizhao-intranet-0.1.0"));
      expect(Object.keys(files).sort()).toEqual(["duizhao-intranet-0.1.0/office-js/zh-cn/office_strings.js", "duizhao-intranet-0.1.0/安装说明.html"]);
      expect(strFromU8(files["duizhao-intranet-0.1.0/安装说明.html"])).toBe("<h1>说明</h1>");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
