// The intranet kit works with no internet: serves the kit (npm run package:intranet) on 127.0.0.1,
// aborts every request to another origin and records CSP-blocked attempts, and checks that the
// task pane, the self-check page, the help page and the install guide request nothing outside
// their own origin and that office.js comes from office-js/ on the same server.
//
// The kit is built once per run (development mode, no zip, in a temp folder), or taken from
// DUIZHAO_INTRANET_DIR (e.g. release/intranet after `npm run package:intranet`; .ci/run does this).
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { staticHandler } from "../../scripts/static-server.mjs";
import { packageIntranet } from "../../scripts/package-intranet.mjs";

const BUILD_TIMEOUT_MS = 15 * 60 * 1000; // a safety net for the one build on a loaded machine, not a speed test
const MSG_OUTSIDE_OFFICE_START = "当前页面不在 Office 中运行";
// The one attempt office.js makes on its own outside Office (and in Office-2013-style hosts):
// o15apptofilemappingtable.js frames Microsoft's telemetry proxy 3 s after loading. The CSP
// (frame-src 'self') stops it before any request is made. The tests trigger it at once
// (OSF.Logger.allowUploadingData) so that what they observe does not depend on timing.
const OFFICE_TELEMETRY_FRAME = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com(\/|\s|$)/;

/** Makes office.js attempt its telemetry frame now; resolves once the CSP has reported it. */
async function forceOfficeTelemetryFrame(page) {
  const forced = await page.evaluate(() => {
    const logger = window.OSF && window.OSF.Logger;
    if (!logger || typeof logger.allowUploadingData !== "function") return false;
    logger.allowUploadingData();
    return true;
  });
  if (forced) await page.waitForFunction(() => window.__cspViolations.length > 0);
  return forced;
}

let kitPromise = null;

/** { dir, origin } of the served kit; built and served once per run. */
function kit() {
  if (!kitPromise) {
    kitPromise = (async () => {
      let dir = process.env.DUIZHAO_INTRANET_DIR ? path.resolve(process.env.DUIZHAO_INTRANET_DIR) : null;
      if (!dir) {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-intranet-"));
        process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
        dir = path.join(tmp, "intranet");
        console.log("构建内网部署包（development，不打 zip）…");
        packageIntranet({
          baseUrl: "https://oa.example.gov.cn/duizhao/",
          share: "\\\\oa.example.gov.cn\\duizhao",
          sideloadPath: "\\\\oa.example.gov.cn\\duizhao\\manifest.xml",
          out: dir,
          zip: false,
          fullOfficeJs: false,
          mode: "development",
        });
      }
      if (!fs.existsSync(path.join(dir, "office-js", "office.js"))) throw new Error(`${dir} 中没有 office-js/office.js`);
      const server = http.createServer(staticHandler(dir));
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", resolve);
      });
      server.unref();
      return { dir, origin: `http://127.0.0.1:${server.address().port}` };
    })();
  }
  return kitPromise;
}

/**
 * Routes every request of the page: same origin continues, anything else is recorded and
 * aborted. CSP violations (attempts the browser stopped itself) are recorded in the page.
 */
async function offline(page, origin) {
  const requests = [];
  const external = [];
  const failed = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.blockedURI} (${e.violatedDirective})`));
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(data|blob):/.test(url)) return route.continue();
    requests.push(url);
    if (new URL(url).origin !== origin) {
      external.push(url);
      return route.abort("blockedbyclient");
    }
    return route.continue();
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on("requestfailed", (r) => {
    if (new URL(r.url()).origin === origin && !r.url().endsWith("/favicon.ico")) failed.push(`${r.failure()?.errorText} ${r.url()}`);
  });
  return {
    requests,
    /** No request reached another origin; CSP-blocked attempts only those in `allowBlocked`. */
    async assertNothingLeft(assert, allowBlocked = []) {
      assert.deepEqual(external, [], `有请求发往本服务器以外：\n${external.join("\n")}`);
      const csp = await page.evaluate(() => window.__cspViolations);
      const unexpected = csp.filter((v) => !allowBlocked.some((re) => re.test(v)));
      assert.deepEqual(unexpected, [], `页面曾尝试外部地址（被内容安全策略拦下）：\n${unexpected.join("\n")}`);
      assert.deepEqual(failed, [], `本服务器上的请求失败：\n${failed.join("\n")}`);
      return csp;
    },
  };
}

const slow = { timeout: BUILD_TIMEOUT_MS };

export default [
  {
    name: "任务窗格：office.js 来自本服务器 office-js/，不请求外部地址，显示正常的“不在 Office 中”提示",
    ...slow,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const { origin, dir } = await kit();
      const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
      assert.ok(!html.includes("appsforoffice"), "taskpane.html 仍引用 Microsoft CDN");
      // (Quotes around attribute values may be minified away in a production build.)
      const csp = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
      assert.ok(csp.includes("default-src 'self'"), `找不到内容安全策略：${html.slice(0, 600)}`);
      const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1].trim();
      assert.equal(scriptSrc, "'self'", `CSP 的 script-src 应只有 'self'：${csp}`);
      assert.ok(!/https?:/.test(csp), `CSP 中不应有外部地址：${csp}`);

      const net = await offline(page, origin);
      await page.goto(`${origin}/taskpane.html`, { waitUntil: "load" });
      const text = page.locator("#boot-text");
      await page.waitForFunction(() => {
        const t = document.getElementById("boot-text")?.textContent ?? "";
        return t !== "" && t !== "正在加载……";
      });
      const message = await text.textContent();
      assert.ok(message.startsWith(MSG_OUTSIDE_OFFICE_START), `应显示“不在 Office 中”的提示，实际：${message}`);
      assert.ok(!message.includes("无法加载 Office.js"), message);
      assert.equal(await page.evaluate(() => typeof window.Office?.onReady), "function", "Office 未定义");
      const officeJs = net.requests.filter((u) => u.includes("/office-js/"));
      assert.equal(officeJs[0], `${origin}/office-js/office.js`, `office.js 应从本服务器 office-js/ 加载：${officeJs.join(", ")}`);
      const src = await page.evaluate(() => [...document.scripts].map((s) => s.src).find((s) => /office\.js$/.test(s)));
      assert.equal(src, `${origin}/office-js/office.js`);
      const forced = await forceOfficeTelemetryFrame(page);
      const blocked = await net.assertNothingLeft(assert, [OFFICE_TELEMETRY_FRAME]);
      if (forced) assert.equal(blocked.length, 1, blocked.join("\n"));
      console.log(`    任务窗格的请求：${net.requests.map((u) => u.slice(origin.length)).join(" ")}`);
      console.log(`    被内容安全策略拦下：${blocked.join(" ") || "无"}`);
    },
  },
  {
    name: "自检.html：报告 office.js 从本服务器加载、浏览器内核、没有请求离开服务器",
    ...slow,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const { origin } = await kit();
      const net = await offline(page, origin);
      await page.goto(`${origin}/${encodeURIComponent("自检.html")}`, { waitUntil: "load" });
      await page.locator("html[data-selfcheck=done]").waitFor({ state: "attached" });
      const r = await page.evaluate(() => window.duizhaoSelfCheck);
      assert.equal(r.officeLoaded, true);
      assert.equal(r.officeJsUrl, `${origin}/office-js/office.js`);
      assert.equal(r.officeJsSameOrigin, true);
      assert.match(r.officeJsFileVersion ?? "", /^16\.0\./);
      assert.equal(r.host, null, "浏览器中不在 Office 内");
      assert.equal(r.webview.id, "chromium");
      assert.deepEqual(r.external, []);
      assert.ok(r.resources.some((u) => u.endsWith("/office-js/office.js")), r.resources.join("\n"));
      const body = await page.locator("#result").innerText();
      assert.ok(body.includes("office.js 已从本服务器加载"), body);
      assert.ok(body.includes("没有请求离开本服务器"), body);
      // The page lists what the CSP stopped, and still reports that nothing left the server.
      if (await forceOfficeTelemetryFrame(page)) {
        await page.waitForFunction(() => window.duizhaoSelfCheck.cspBlocked.length > 0);
        const after = await page.locator("#result").innerText();
        assert.ok(after.includes("内容安全策略阻止了 1 个请求"), after);
        assert.ok(after.includes("没有请求离开本服务器"), after);
      }
      await net.assertNothingLeft(assert, [OFFICE_TELEMETRY_FRAME]);
      console.log(`    自检页的请求：${net.requests.map((u) => u.slice(origin.length)).join(" ")}`);
    },
  },
  {
    name: "帮助页与安装说明：不请求外部地址",
    ...slow,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const { origin, dir } = await kit();
      for (const name of ["help.html", "安装说明.html"]) {
        if (!fs.existsSync(path.join(dir, name))) assert.fail(`缺少 ${name}`);
        const net = await offline(page, origin);
        await page.goto(`${origin}/${encodeURIComponent(name)}`, { waitUntil: "load" });
        assert.ok((await page.locator("h1").first().innerText()).includes("对照检查助手"));
        await net.assertNothingLeft(assert);
        await page.unrouteAll();
      }
    },
  },
];
