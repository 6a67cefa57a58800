#!/usr/bin/env node
// npm run package:wps — builds the WPS 加载项 (jsaddons) package release/wps/duizhao_<version>/:
// ribbon.xml, main.js, index.html, manifest.xml (<JsPlugin>), icons, and the task pane built by
// webpack from the WPS entry for an old Chromium (TypeScript and webpack runtime at ES2017, no
// office.js), and the 审核台 (review.html with its chunks, and review-workers.js: its workers as text,
// because a page loaded from file:// cannot start workers from script files; see
// src/review/threads.ts), built the same way. Beside the folder: a publish.xml snippet, jsplugins.xml + oem.ini examples for
// unit-wide deployment, and the Chinese install guide 安装说明.md.
//
// The pane's WPS entry (src/wps/entry.tsx, wiring the task pane to wpsHost) is added when the pane
// is connected to the host port. Until it exists this script stops with a Chinese message rather
// than shipping a placeholder page. Environment (for tests and CI):
//   DUIZHAO_WPS_ENTRY=<path>       another entry file (default src/wps/entry.tsx)
//   DUIZHAO_WPS_OUT=<dir>          write the package into <dir> instead of release/wps (tests)
//   DUIZHAO_WPS_SHELL_ONLY=<dir>   write only the shell files and documents into <dir> (no pane:
//                                  NOT an installable package; used to validate the generated XML)
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const NAME = "duizhao";
const VERSION = pkg.version;
const FOLDER = `${NAME}_${VERSION}`;
const SHELL = path.join(root, "src/wps/shell");
const entry = path.resolve(root, process.env.DUIZHAO_WPS_ENTRY || "src/wps/entry.tsx");
const shellOnly = process.env.DUIZHAO_WPS_SHELL_ONLY ? path.resolve(process.env.DUIZHAO_WPS_SHELL_ONLY) : null;

export const MSG_NO_ENTRY =
  `未找到 WPS 任务窗格入口（${path.relative(root, entry)}）。任务窗格接入宿主端口（src/host）后会新增该入口；` +
  "在此之前无法生成可安装的 WPS 加载项，本次未生成任何文件。";

const fill = (s) => s.split("{{VERSION}}").join(VERSION).split("{{NAME}}").join(NAME).split("{{FOLDER}}").join(FOLDER);

function writeShell(dir) {
  mkdirSync(path.join(dir, "assets"), { recursive: true });
  for (const f of ["ribbon.xml", "main.js", "index.html", "manifest.xml"]) {
    writeFileSync(path.join(dir, f), fill(readFileSync(path.join(SHELL, f), "utf8")));
  }
  for (const f of readdirSync(path.join(root, "assets")).filter((x) => x.endsWith(".png"))) {
    copyFileSync(path.join(root, "assets", f), path.join(dir, "assets", f));
  }
  const help = path.join(root, "src/taskpane/help.html");
  if (existsSync(help)) copyFileSync(help, path.join(dir, "help.html"));
}

function writeDocs(dir) {
  writeFileSync(
    path.join(dir, "publish.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>
<!-- 复制到 jsaddons 目录的 publish.xml 中（已有该文件时只加入 jsplugin 一行）。加载项文件夹须命名为 ${FOLDER}。 -->
<jsplugins>
  <jsplugin name="${NAME}" type="wps" url="file://" enable="enable_dev" version="${VERSION}"/>
</jsplugins>
`,
  );
  writeFileSync(
    path.join(dir, "jsplugins.xml"),
    `<?xml version="1.0" encoding="UTF-8"?>
<!-- 全单位部署示例：把 ${FOLDER} 文件夹打包为 ${FOLDER}.7z 放到内网服务器，并把 url 改为其实际地址。 -->
<jsplugins>
  <jsplugin name="${NAME}" type="wps" url="http://内网服务器/wps/${FOLDER}.7z" version="${VERSION}" enable="true"/>
</jsplugins>
`,
  );
  writeFileSync(
    path.join(dir, "oem.ini"),
    `; 示例：加入 WPS 安装目录 office6/cfgs/oem.ini（保留原有内容）。JSPluginsServer 为 jsplugins.xml 的地址。
[Support]
JsApiPlugin=true

[Server]
JSPluginsServer=http://内网服务器/wps/jsplugins.xml
`,
  );
  writeFileSync(path.join(dir, "安装说明.md"), fill(readFileSync(path.join(SHELL, "install.zh-CN.md"), "utf8")));
}

async function buildPane(outDir) {
  const webpack = require("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const { typeScriptRule, fluentTokensAlias, paneSplitChunks, DownlevelOutputPlugin } = require("./webpack-pane.cjs");
  const config = {
    mode: "production",
    context: root,
    devtool: false,
    // The Chromium inside WPS is old (12.1.0.26200 lacks crypto.randomUUID, Chrome 92; the 信创
    // builds' versions are not published): the webpack runtime and our TypeScript are emitted as
    // ES2017, and DownlevelOutputPlugin lowers every emitted script (Fluent's dependencies included)
    // to ES2017 syntax.
    target: ["web", "es2017"],
    entry: { taskpane: entry, review: path.join(root, "src/review/index.tsx") },
    output: { path: outDir, filename: "[name].js", clean: false },
    // As in the Word build (scripts/webpack-pane.cjs): Fluent's tokens as a Proxy, Griffel's loader
    // after ts-loader (makeStyles() precompiled), 骨架 as one chunk after the first paint.
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"], alias: fluentTokensAlias(root) },
    module: { rules: [typeScriptRule({ target: "ES2017", sourceMap: false })] },
    optimization: { splitChunks: paneSplitChunks(["taskpane"]) },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: path.join(SHELL, "taskpane.html"), chunks: ["taskpane"], inject: "body", scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "review.html", template: path.join(root, "src/review/review.html"), chunks: ["review"], inject: "body", scriptLoading: "defer" }),
      new webpack.DefinePlugin({ "process.env.DUIZHAO_HOST": JSON.stringify("wps") }),
      new DownlevelOutputPlugin({ target: "ES2017" }),
    ],
    performance: { hints: false },
  };
  const { reviewWorkersConfig } = require("./review-workers.cjs");
  const workers = reviewWorkersConfig({ root, outDir, mode: "production", target: ["webworker", "es2017"], compilerOptions: { target: "ES2017" } });
  // The workers' scripts too (lowered before ReviewWorkersPlugin turns them into review-workers.js).
  workers.plugins.push(new DownlevelOutputPlugin({ target: "ES2017" }));
  await new Promise((resolve, reject) => {
    webpack([config, workers], (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

async function main() {
  if (shellOnly) {
    rmSync(shellOnly, { recursive: true, force: true });
    writeShell(path.join(shellOnly, FOLDER));
    writeDocs(shellOnly);
    console.log(`已写入外壳文件与部署示例（不含任务窗格，不能安装）：${shellOnly}`);
    return;
  }
  if (!existsSync(entry)) {
    console.error(MSG_NO_ENTRY);
    process.exitCode = 1;
    return;
  }
  const release = process.env.DUIZHAO_WPS_OUT ? path.resolve(process.env.DUIZHAO_WPS_OUT) : path.join(root, "release/wps");
  const dir = path.join(release, FOLDER);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(release, { recursive: true });
  await buildPane(dir);
  writeShell(dir);
  writeDocs(release);
  console.log(`WPS 加载项已生成：${path.relative(root, dir)}/（安装方法见 ${path.relative(root, path.join(release, "安装说明.md"))}）`);
}

main().catch((e) => {
  console.error(`生成 WPS 加载项失败：${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
