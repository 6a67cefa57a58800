#!/usr/bin/env node
/**
 * `npm run package:intranet -- --base-url https://<server>/<path>/ [--share \\server\share]
 *   [--sideload-path <manifest path>] [--out <dir>] [--no-zip] [--full-office-js]`
 *
 * Builds the intranet deployment kit: release/intranet/ (the production pane with office.js served
 * from office-js/ on the same server, manifest.xml for the base URL, 自检.html, 自检清单.xml,
 * 安装说明.html, 信任共享文件夹.reg, 旁加载.reg, 删除注册表项.reg) and
 * release/duizhao-intranet-<version>.zip of it. See src/intranet/install-guide.html.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const kit = require("./intranet-kit.cjs");
const officeJs = require("./office-js-local.cjs");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const XSD = path.resolve(root, "..", "shared", "schemas", "manifest", "OfficeAppManifestV1_1.xsd");

const HELP = `用法：npm run package:intranet -- --base-url https://服务器/路径/ [选项]
  --base-url URL        加载项在本单位服务器上的 HTTPS 地址（也可用环境变量 ADDIN_BASE_URL）
  --share //服务器/共享   存放 manifest.xml 的共享文件夹（也可写 '\\\\服务器\\共享'，须加引号；默认 \\\\<base-url 的主机名>\\duizhao）
  --sideload-path 路径  旁加载.reg 中的清单路径（默认 <share>\\manifest.xml）
  --out 目录            输出目录（默认 release/intranet；构建时会先清空该目录）
  --no-zip              不生成 zip
  --full-office-js      复制完整的 @microsoft/office-js dist（约 86 MB），不做精简`;

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", shell: process.platform === "win32" });
  if (r.status !== 0) {
    process.stderr.write(r.stdout || "");
    process.stderr.write(r.stderr || "");
    throw new Error(`${cmd} ${args.join(" ")} 失败（退出码 ${r.status}）`);
  }
  return r;
}

function mb(n) {
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

function dirSize(dir) {
  return kit.listFiles(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
}

/** xmllint against the XSD beside the repository; null when either is unavailable. */
function validateManifest(file) {
  if (!fs.existsSync(XSD)) return { ok: null, why: `找不到 ${XSD}` };
  const r = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  if (r.error) return { ok: null, why: "没有 xmllint（Debian: apt-get install libxml2-utils）" };
  return { ok: r.status === 0, why: (r.stderr || "").trim() };
}

export function packageIntranet(opts) {
  const t0 = Date.now();
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const out = path.resolve(root, opts.out || path.join("release", "intranet"));
  const zipPath = path.join(path.dirname(out), `duizhao-intranet-${pkg.version}.zip`);
  // webpack empties the output folder: never let that be the project or one of its parents.
  if (out === root || root.startsWith(out + path.sep)) throw new Error(`--out 不能是项目目录或其上级：${out}`);
  const rel = (p) => {
    const r = path.relative(process.cwd(), p);
    return r && !r.startsWith("..") ? r : p;
  };

  // 1. The pane, with office.js from office-js/ (webpack.config.js + scripts/office-js-local.cjs).
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  run(npx, ["webpack", "--mode", opts.mode, "--env", "webOnly", "--output-path", out], {
    ADDIN_BASE_URL: opts.baseUrl,
    OFFICE_JS: opts.fullOfficeJs ? "local-full" : "local",
  });
  const buildSeconds = (Date.now() - t0) / 1000;
  const taskpane = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
  // (A production build minifies the HTML: attribute quotes may be gone.)
  if (!/<script src="?office-js\/office\.js"?>/.test(taskpane) || taskpane.includes("appsforoffice")) {
    throw new Error("taskpane.html 没有改为本地 office.js");
  }
  if (!fs.existsSync(path.join(out, "office-js", "office.js"))) throw new Error("缺少 office-js/office.js");

  // 2. Kit files.
  const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  const addinId = /<Id>([^<]+)<\/Id>/.exec(manifest)[1].trim();
  const manifestVersion = /<Version>([^<]+)<\/Version>/.exec(manifest)[1].trim();
  if (!manifest.includes(`${opts.baseUrl}taskpane.html`)) throw new Error(`manifest.xml 没有指向 ${opts.baseUrl}`);
  fs.writeFileSync(path.join(out, "自检清单.xml"), kit.selfCheckManifest(opts.baseUrl, manifestVersion));
  fs.writeFileSync(path.join(out, "信任共享文件夹.reg"), kit.trustedCatalogReg(opts.share));
  fs.writeFileSync(path.join(out, "旁加载.reg"), kit.sideloadReg(addinId, opts.sideloadPath));
  fs.writeFileSync(path.join(out, "删除注册表项.reg"), kit.uninstallReg(opts.share, addinId));

  const all = officeJs.listOfficeJsFiles();
  const shipped = kit.listFiles(path.join(out, "office-js")).filter((f) => f !== "说明.txt");
  const dropped = all.filter((f) => !shipped.includes(f));
  const ojsVersion = officeJs.officeJsVersion();
  fs.writeFileSync(
    path.join(out, "office-js", "说明.txt"),
    [
      `@microsoft/office-js ${ojsVersion}（npm 包 dist 目录），由 npm run package:intranet 复制。`,
      opts.fullOfficeJs
        ? `完整复制：${shipped.length} 个文件。`
        : `为 Word 精简：保留 ${shipped.length} 个文件，去掉 ${dropped.length} 个 Word 中的 office.js 不会请求的文件` +
          "（*.debug.js 只由 office.debug.js 使用；office.d.ts、*-vsdoc.js 是编辑器提示文件；Excel、PowerPoint、Outlook、OneNote、Project、Access、Visio 的宿主文件和 outlook_strings.js）。" +
          "如需完整目录，重新打包时加 --full-office-js。",
      "",
    ].join("\r\n"),
  );

  const guideTpl = fs.readFileSync(path.join(root, "src", "intranet", "install-guide.html"), "utf8");
  const u = new URL(opts.baseUrl);
  fs.writeFileSync(
    path.join(out, "安装说明.html"),
    kit.renderTemplate(guideTpl, {
      VERSION: pkg.version,
      BASE_URL: opts.baseUrl,
      HOST: u.hostname,
      BASE_PATH: u.pathname,
      SHARE: opts.share,
      SIDELOAD_PATH: opts.sideloadPath,
      CATALOG_GUID: kit.catalogGuid(opts.share),
      ADDIN_ID: addinId,
      OFFICE_JS_VERSION: ojsVersion,
      OFFICE_JS_FILES: String(shipped.length),
      SELF_CHECK_URL: new URL("自检.html", opts.baseUrl).href,
    }),
  );

  // 3. Manifests against the XSD (skipped with a note when ../shared or xmllint is missing).
  const validation = ["manifest.xml", "自检清单.xml"].map((f) => ({ f, ...validateManifest(path.join(out, f)) }));
  const invalid = validation.filter((v) => v.ok === false);
  if (invalid.length) throw new Error(`清单未通过 XSD 校验：\n${invalid.map((v) => `${v.f}: ${v.why}`).join("\n")}`);

  // 4. The zip.
  let zipSize = null;
  if (opts.zip) {
    const bytes = kit.zipDirectory(out, `duizhao-intranet-${pkg.version}`);
    fs.writeFileSync(zipPath, bytes);
    zipSize = bytes.length;
  }

  const summary = {
    out,
    zipPath: opts.zip ? zipPath : null,
    zipSize,
    folderSize: dirSize(out),
    files: kit.listFiles(out).length,
    officeJsVersion: ojsVersion,
    officeJsFiles: shipped.length,
    officeJsDropped: dropped.length,
    buildSeconds,
    totalSeconds: (Date.now() - t0) / 1000,
    validation,
  };
  console.log(`已生成 ${rel(out)}/（${summary.files} 个文件，${mb(summary.folderSize)}）`);
  if (opts.zip) console.log(`已生成 ${rel(zipPath)}（${mb(zipSize)}，${zipSize} 字节）`);
  console.log(`office.js：@microsoft/office-js ${ojsVersion}，office-js/ 中 ${shipped.length} 个文件${opts.fullOfficeJs ? "（完整）" : `（精简掉 ${dropped.length} 个）`}`);
  console.log(`清单：${opts.baseUrl}taskpane.html；共享文件夹 ${opts.share}；旁加载路径 ${opts.sideloadPath}`);
  for (const v of validation) console.log(`XSD 校验 ${v.f}：${v.ok === null ? `跳过（${v.why}）` : "通过"}`);
  console.log(`用时：webpack ${buildSeconds.toFixed(1)} 秒，合计 ${summary.totalSeconds.toFixed(1)} 秒`);
  return summary;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = kit.parseArgs(process.argv.slice(2));
    if (opts.help) {
      console.log(HELP);
    } else {
      packageIntranet(opts);
    }
  } catch (e) {
    console.error(e && e.userError ? `${e.message}\n\n${HELP}` : e && e.stack ? e.stack : e);
    process.exit(1);
  }
}
