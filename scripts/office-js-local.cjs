// The "local Office.js" variant of the task pane, for networks without internet (内网).
// `OFFICE_JS=local npm run build` (and `npm run package:intranet`) use it through webpack.config.js:
//   - the pinned @microsoft/office-js dist tree is copied to office-js/ (pruned for Word, see
//     keepOfficeJsFile; OFFICE_JS=local-full copies the tree untouched);
//   - taskpane.html loads office-js/office.js by a relative URL, and its CSP allows scripts and
//     frames from 'self' only;
//   - the self-check page (自检.html + selfcheck.js) is added.
// The ordinary build (OFFICE_JS unset) is not affected.
const path = require("path");
const fs = require("fs");
const { listFiles } = require("./intranet-kit.cjs");

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const LOCAL_OFFICE_JS = "office-js/office.js";

/** Directory of the installed @microsoft/office-js package. */
function officeJsPackageDir() {
  return path.dirname(require.resolve("@microsoft/office-js/package.json"));
}

/** The dist tree that office.js loads its host files, strings and telemetry from. */
function officeJsDistDir() {
  return path.join(officeJsPackageDir(), "dist");
}

function officeJsVersion() {
  return JSON.parse(fs.readFileSync(path.join(officeJsPackageDir(), "package.json"), "utf8")).version;
}

/** The value of OFFICE_JS: "cdn" (default), "local" (pruned for Word) or "local-full". */
function officeJsMode(env = process.env) {
  const v = String(env.OFFICE_JS || "cdn").toLowerCase();
  if (v === "cdn" || v === "local" || v === "local-full") return v;
  throw new Error(`OFFICE_JS 只能是 cdn、local 或 local-full：${env.OFFICE_JS}`);
}

// Host-specific files of the other Office applications. office.js builds the name of the one host
// file it loads from the host's own hostInfo: `${hostType}-${platform}-${version}.js` (e.g.
// word-win32-16.01.js), or through o15apptofilemappingtable.js for Office 2013-style hosts
// (word-15.01.js, wordios-15.js). The manifest declares only <Host Name="Document"/>, so only
// Word ever opens this page and only word* host files can be requested.
const OTHER_HOSTS = /^(access|excel|onenote|outlook|powerpoint|project|visio)[a-z]*[-.][^/]*\.js$/;

/**
 * Whether a file of the office-js dist tree (path relative to dist/, "/" separators) is shipped
 * by OFFICE_JS=local. Everything is kept except what Word's office.js provably never requests:
 * - *.debug.js: the debug names are compiled into office.debug.js only (its ConstantNames use
 *   "office_strings.debug.js", "o15apptofilemappingtable.debug.js", "<host>.debug.js"); office.js
 *   itself requests release names only, and we load office.js;
 * - IntelliSense files (office.d.ts, *-vsdoc.js), which no script loads;
 * - host files of the other Office applications (OTHER_HOSTS) and Outlook's strings
 *   (<locale>/outlook_strings.js).
 * Kept: office.js, o15apptofilemappingtable.js, every word* host file (win32 16.00/16.01, web,
 * mac, ios, and the Office 2013-era word-15*.js that Office 2016 MSI falls back to, office-js #100),
 * every <locale>/office_strings.js, telemetry/, ariatelemetry/, webauth/, agaveerrorux/ and the
 * remaining shared helpers (es6-promise.js, html2canvas.js, custom-functions-runtime.js).
 */
function keepOfficeJsFile(rel) {
  const p = rel.split(path.sep).join("/").replace(/^\.?\//, "");
  const base = p.split("/").pop();
  if (/\.debug\.js$/.test(base)) return false;
  if (/-vsdoc\.js$/.test(base) || base === "office.d.ts") return false;
  if (!p.includes("/") && OTHER_HOSTS.test(p)) return false;
  if (base === "outlook_strings.js") return false;
  return true;
}

/** Every file of the dist tree (relative, "/" separators), sorted. */
function listOfficeJsFiles(dir = officeJsDistDir()) {
  return listFiles(dir);
}

/**
 * Rewrites the built taskpane.html for the local variant: office.js by relative URL, no remote
 * origin left in the CSP. Throws when the template no longer has the expected CDN script, so a
 * template change cannot silently ship the CDN variant as "local".
 */
function localizeTaskpaneHtml(html) {
  const script = /<script\s+src=["']?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js["']?\s*><\/script>/;
  if (!script.test(html)) throw new Error(`taskpane.html 中找不到 ${CDN_OFFICE_JS} 的 <script>，无法改为本地 office.js`);
  let out = html.replace(script, `<script src="${LOCAL_OFFICE_JS}"></script>`);
  const note = "<!-- Local Office.js variant (OFFICE_JS=local): office.js comes from office-js/ on this server; no remote origin is allowed. -->";
  out = out.replace(/<!--[^]*?-->/g, (c) => (/CDN|appsforoffice/i.test(c) ? note : c));
  out = out.split(` ${CDN_ORIGIN}`).join("").split(CDN_ORIGIN).join("");
  if (out.includes("appsforoffice")) throw new Error("taskpane.html 中仍有 appsforoffice.microsoft.com");
  if (/https?:\/\//.test(out.replace(/<!--[^]*?-->/g, ""))) throw new Error("本地 office.js 版本的 taskpane.html 中仍有外部地址");
  return out;
}

/** The self-check page and its script (plain ES5, so it also runs in IE11 webviews). */
const SELF_CHECK_FILES = [
  { from: "src/intranet/selfcheck.html", to: "自检.html" },
  // The same page under an ASCII name: 自检清单.xml points at it (no encoded URL in a manifest).
  { from: "src/intranet/selfcheck.html", to: "selfcheck.html" },
  { from: "src/intranet/selfcheck.js", to: "selfcheck.js" },
];

/**
 * Extra webpack plugins of the local variant (empty for the CDN variant). `root` is the project
 * directory; CopyWebpackPlugin and HtmlWebpackPlugin are passed in so this file needs nothing
 * beyond what webpack.config.js already loads.
 */
function localOfficeJsPlugins({ mode = officeJsMode(), root, CopyWebpackPlugin, HtmlWebpackPlugin }) {
  if (mode === "cdn") return [];
  const dist = officeJsDistDir();
  const keep = mode === "local-full" ? () => true : (abs) => keepOfficeJsFile(path.relative(dist, abs));
  const copy = new CopyWebpackPlugin({
    patterns: [
      // info.minimized: Microsoft's files are already minified; without it Terser re-minifies
      // hundreds of files (toolchain.md P11: 220 s instead of 11 s).
      { from: dist, to: "office-js", filter: keep, info: { minimized: true } },
      ...SELF_CHECK_FILES.map((f) => ({ from: path.join(root, f.from), to: f.to, info: { minimized: true } })),
    ],
  });
  const rewrite = {
    apply(compiler) {
      compiler.hooks.compilation.tap("LocalOfficeJs", (compilation) => {
        HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("LocalOfficeJs", (data) => {
          if (data.outputName === "taskpane.html") data.html = localizeTaskpaneHtml(data.html);
          return data;
        });
      });
    },
  };
  return [copy, rewrite];
}

module.exports = {
  CDN_OFFICE_JS,
  LOCAL_OFFICE_JS,
  SELF_CHECK_FILES,
  officeJsPackageDir,
  officeJsDistDir,
  officeJsVersion,
  officeJsMode,
  keepOfficeJsFile,
  listOfficeJsFiles,
  localizeTaskpaneHtml,
  localOfficeJsPlugins,
};
