// Pieces of the intranet deployment kit (npm run package:intranet), kept free of side effects so
// unit tests can check them: argument parsing, the .reg files, the self-check manifest, the
// install guide template, the zip.
const path = require("path");
const fs = require("fs");
const crypto = require("crypto");

const REG_HEADER = "Windows Registry Editor Version 5.00";
const WEF_KEY = "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF";
/** Id of the self-check manifest (a separate add-in: 对照检查助手 · 自检). */
const SELF_CHECK_ADDIN_ID = "6f0c2b7e-3d41-4a8e-9a55-2f1e8c4d7b90";

function fail(message) {
  const e = new Error(message);
  e.userError = true;
  return e;
}

/** https://host/path/ with a trailing slash; throws a Chinese message otherwise. */
function normalizeBaseUrl(raw) {
  if (!raw) throw fail("缺少 --base-url，例如：npm run package:intranet -- --base-url https://oa.example.gov.cn/duizhao/");
  let u;
  try {
    u = new URL(raw);
  } catch {
    throw fail(`--base-url 不是有效的网址：${raw}`);
  }
  if (u.protocol !== "https:") throw fail(`--base-url 必须以 https:// 开头（Word 只加载 HTTPS 地址的加载项）：${raw}`);
  if (u.search || u.hash) throw fail(`--base-url 不能带 ? 或 #：${raw}`);
  let s = u.href;
  if (!s.endsWith("/")) s += "/";
  return s;
}

/** A UNC path \\server\share[\dir] without a trailing backslash. */
function normalizeShare(raw) {
  const s = String(raw).trim().replace(/\//g, "\\").replace(/\\+$/, "");
  if (!/^\\\\[^\\]+\\[^\\]+/.test(s)) throw fail(`--share 须为网络共享路径，如 \\\\fileserver\\duizhao：${raw}`);
  return s;
}

/** Default shared folder for the catalog: \\<server of the base URL>\duizhao. */
function defaultShare(baseUrl) {
  return `\\\\${new URL(baseUrl).hostname}\\duizhao`;
}

function parseArgs(argv, env = process.env) {
  const opts = { baseUrl: env.ADDIN_BASE_URL || "", share: "", sideloadPath: "", out: "", zip: true, fullOfficeJs: false, mode: "production" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw fail(`${flag} 缺少取值`);
      return argv[++i];
    };
    if (flag === "--base-url") opts.baseUrl = value();
    else if (flag === "--share") opts.share = value();
    else if (flag === "--sideload-path") opts.sideloadPath = value();
    else if (flag === "--out") opts.out = value();
    else if (flag === "--no-zip") opts.zip = false;
    else if (flag === "--full-office-js") opts.fullOfficeJs = true;
    else if (flag === "--mode") opts.mode = value();
    else if (flag === "--help" || flag === "-h") opts.help = true;
    else throw fail(`未知参数：${a}`);
  }
  if (opts.help) return opts;
  opts.baseUrl = normalizeBaseUrl(opts.baseUrl);
  opts.share = normalizeShare(opts.share || defaultShare(opts.baseUrl));
  opts.sideloadPath = opts.sideloadPath ? String(opts.sideloadPath).replace(/\//g, "\\") : `${opts.share}\\manifest.xml`;
  if (opts.mode !== "production" && opts.mode !== "development") throw fail(`--mode 只能是 production 或 development：${opts.mode}`);
  return opts;
}

/** A .reg string value: backslashes and quotes escaped. */
function regString(s) {
  return `"${String(s).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A .reg file as regedit writes it: UTF-16LE with BOM, CRLF line ends, the version 5 header. */
function regFile(lines) {
  const text = [REG_HEADER, "", ...lines, ""].join("\r\n") + "\r\n";
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

/** A stable catalog GUID for a share (re-importing the .reg does not add a second catalog). */
function catalogGuid(share) {
  const h = crypto.createHash("sha1").update(`duizhao-trusted-catalog:${share.toLowerCase()}`).digest("hex");
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}}`.toUpperCase();
}

/** 信任共享文件夹.reg: the share as a trusted add-in catalog shown in the menu (Flags=1). */
function trustedCatalogReg(share) {
  const guid = catalogGuid(share);
  return regFile([
    `[${WEF_KEY}\\TrustedCatalogs\\${guid}]`,
    `"Id"=${regString(guid)}`,
    `"Url"=${regString(share)}`,
    `"Flags"=dword:00000001`,
  ]);
}

/** 旁加载.reg: registry sideload, value name = add-in id, data = manifest path. */
function sideloadReg(addinId, manifestPath) {
  return regFile([`[${WEF_KEY}\\Developer]`, `${regString(addinId)}=${regString(manifestPath)}`]);
}

/** 删除注册表项.reg: undoes both files above. */
function uninstallReg(share, addinId) {
  return regFile([`[-${WEF_KEY}\\TrustedCatalogs\\${catalogGuid(share)}]`, "", `[${WEF_KEY}\\Developer]`, `${regString(addinId)}=-`]);
}

/** Decodes a .reg buffer back to text (for tests and the summary). */
function decodeReg(buf) {
  if (buf[0] !== 0xff || buf[1] !== 0xfe) throw new Error("not UTF-16LE with BOM");
  return buf.subarray(2).toString("utf16le");
}

function escapeXml(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * 自检清单.xml: a minimal task pane manifest (no ribbon button, no requirement sets, so it also
 * loads in Word 2016 and shows its webview) that opens 自检.html inside Word.
 */
function selfCheckManifest(baseUrl, version) {
  const u = (p) => escapeXml(new URL(p, baseUrl).href);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- 对照检查助手 · 自检: opens selfcheck.html (= 自检.html) inside Word (插入 → 我的加载项 → 共享文件夹). For diagnosis only. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xsi:type="TaskPaneApp">
  <Id>${SELF_CHECK_ADDIN_ID}</Id>
  <Version>${escapeXml(version)}</Version>
  <ProviderName>对照检查助手项目组</ProviderName>
  <DefaultLocale>zh-CN</DefaultLocale>
  <DisplayName DefaultValue="对照检查助手 · 自检"/>
  <Description DefaultValue="检查 office.js 是否从本单位服务器加载、Word API 版本、浏览器内核，以及是否有请求离开服务器。"/>
  <IconUrl DefaultValue="${u("assets/icon-32.png")}"/>
  <HighResolutionIconUrl DefaultValue="${u("assets/icon-64.png")}"/>
  <SupportUrl DefaultValue="${u("help.html")}"/>
  <Hosts>
    <Host Name="Document"/>
  </Hosts>
  <DefaultSettings>
    <SourceLocation DefaultValue="${u("selfcheck.html")}"/>
  </DefaultSettings>
  <Permissions>ReadDocument</Permissions>
</OfficeApp>
`;
}

function escapeHtml(s) {
  return escapeXml(s).replace(/'/g, "&#39;");
}

/** Fills {{NAME}} placeholders (HTML-escaped); throws on an unknown or missing one. */
function renderTemplate(tpl, vars) {
  const out = tpl.replace(/\{\{([A-Z_]+)\}\}/g, (_, k) => {
    if (!(k in vars)) throw new Error(`模板变量缺失：${k}`);
    return escapeHtml(vars[k]);
  });
  return out;
}

/** Every file below dir (relative, "/" separators), sorted. */
function listFiles(dir) {
  const out = [];
  const walk = (d, prefix) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), rel);
      else if (e.isFile()) out.push(rel);
    }
  };
  walk(dir, "");
  return out.sort();
}

/** Zips dir under a top folder `top/` with fflate (UTF-8 names); returns the zip bytes. */
function zipDirectory(dir, top) {
  const { zipSync } = require("fflate");
  const files = {};
  for (const rel of listFiles(dir)) {
    const abs = path.join(dir, rel);
    const data = fs.readFileSync(abs);
    // Already-compressed images are stored; text is deflated.
    const level = /\.(png|jpe?g|gif|zip)$/i.test(rel) ? 0 : 9;
    files[`${top}/${rel}`] = [new Uint8Array(data.buffer, data.byteOffset, data.byteLength), { level, mtime: fs.statSync(abs).mtime }];
  }
  return zipSync(files);
}

module.exports = {
  REG_HEADER,
  WEF_KEY,
  SELF_CHECK_ADDIN_ID,
  normalizeBaseUrl,
  normalizeShare,
  defaultShare,
  parseArgs,
  regString,
  regFile,
  decodeReg,
  catalogGuid,
  trustedCatalogReg,
  sideloadReg,
  uninstallReg,
  selfCheckManifest,
  renderTemplate,
  escapeHtml,
  listFiles,
  zipDirectory,
};
