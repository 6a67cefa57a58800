#!/usr/bin/env node
// `npm start`: sideload the add-in into Word desktop (Windows / macOS) with Microsoft's
// office-addin-debugging, fetched by npx at run time so that `npm ci` stays lean and works on Linux
// (its peer dependencies cannot install there; see shared/docs/toolchain.md P8).
// `npm stop` (this script with --stop) unloads it again.
import { spawnSync } from "node:child_process";

const stop = process.argv.includes("--stop");
const platform = process.platform;

if (platform !== "win32" && platform !== "darwin") {
  console.error(
    [
      "此系统（" + platform + "）没有桌面版 Word，无法旁加载（sideload）。",
      "",
      "可以改用浏览器演示，在本机模拟的 Word 文档旁运行真实的任务窗格：",
      "    npm run demo        然后打开 http://localhost:3000/playground.html",
      "",
      "若要在网页版 Word 中使用，请先 `npm run dev-server`（https://localhost:3000），",
      "再在网页版 Word 中选择“加载项 → 上传我的加载项”，上传 manifest.xml。详见 README。",
    ].join("\n"),
  );
  process.exit(1);
}

const npx = platform === "win32" ? "npx.cmd" : "npx";
const args = stop
  ? ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"]
  : ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--app", "word", "--dev-server", "npm run dev-server", "--dev-server-port", process.env.PORT || "3000"];
console.log(stop ? "正在从 Word 卸载加载项……" : "正在启动开发服务器并旁加载到 Word……（首次运行会下载 office-addin-debugging）");
const r = spawnSync(npx, args, { stdio: "inherit", shell: platform === "win32" });
process.exit(r.status ?? 1);
