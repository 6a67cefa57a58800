#!/usr/bin/env node
/**
 * `npm run demo`: builds the web bundle (webpack development mode, --env webOnly: task pane +
 * playground, no CLI) into .demo/ — its own folder, so `npm run build` (which writes dist/) can run
 * beside a running demo without breaking it — then serves .demo/ over plain http on 127.0.0.1 and
 * prints the playground URL. Works offline; no dependency beyond the project's devDependencies. Ctrl+C stops.
 *
 * Env: PORT (default 3000; the next free port is used when it is taken), DEMO_NO_BUILD=1 to serve
 * an existing .demo/.
 */
import { staticHandler } from "./static-server.mjs";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, ".demo");


function build() {
  console.log("正在构建浏览器演示（webpack 开发模式）……");
  const t0 = Date.now();
  const r = spawnSync("npx", ["webpack", "--mode", "development", "--env", "webOnly", "--output-path", dist], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (r.status !== 0) {
    console.error(`构建失败（退出码 ${r.status ?? "未知"}）。请先运行 npm ci 安装依赖。`);
    process.exit(r.status || 1);
  }
  console.log(`构建完成，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒。`);
}

const handler = staticHandler(dist);

function listen(port, triesLeft) {
  const server = http.createServer(handler);
  server.once("error", (e) => {
    if (e.code === "EADDRINUSE" && triesLeft > 0) {
      console.log(`端口 ${port} 已被占用，改用 ${port + 1}……`);
      listen(port + 1, triesLeft - 1);
    } else {
      console.error(`无法启动本地服务器：${e.message}`);
      process.exit(1);
    }
  });
  server.listen(port, "127.0.0.1", () => {
    const url = `http://localhost:${port}/playground.html`;
    console.log("");
    console.log("对照检查助手 · 浏览器演示已启动（完全在本机运行，不联网）");
    console.log(`请在浏览器中打开：${url}`);
    console.log("左侧是模拟的 Word 文档，右侧是真实的任务窗格。按 Ctrl+C 停止。");
    console.log(`审核台（一次审核多份材料）：http://localhost:${port}/review.html`);
    const stop = () => {
      console.log("\n已停止。");
      server.close();
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

if (!process.env.DEMO_NO_BUILD) build();
if (!fs.existsSync(path.join(dist, "playground.html"))) {
  console.error(".demo/playground.html 不存在：构建没有生成演示页面。");
  process.exit(1);
}
listen(Number(process.env.PORT || 3000), 10);
