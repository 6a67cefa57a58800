// The 审核台 opened from disk (file://), as in the WPS 加载项, which is installed locally: the page
// has an opaque origin, so Chromium refuses workers from script files. The page then starts them
// from Blob URLs (review-workers.js), and where no worker can start at all it reads on its own
// thread and says so. Over http the normal workers run.
import path from "node:path";
import { pathToFileURL } from "node:url";

const utf8 = (s) => Array.from(Buffer.from(s, "utf8"));

/** Three short materials of different wording. */
function threeFiles() {
  const bodies = [
    "一是理论学习不够系统，满足于读原文、记笔记，联系实际思考不深。",
    "一是调查研究不够深入，到基层蹲点少，听汇报多，掌握一手情况不够。",
    "一是担当作为不够有力，面对复杂问题有畏难情绪，推动工作的韧劲不足。",
  ];
  return bodies.map((b, i) => ({
    name: `材料${i + 1}.txt`,
    bytes: utf8(["2025年度民主生活会个人对照检查材料", "一、存在的问题", b, "二、问题产生的原因", "理想信念有所弱化。", "三、整改措施", "加强学习，转变作风。"].join("\n")),
  }));
}

async function loadThree(page) {
  await page.waitForFunction(() => !!window.duizhaoReview);
  await page.evaluate((fs) => window.duizhaoReview.loadFiles(fs.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }))), threeFiles());
  await page.waitForFunction(() => window.duizhaoReview.rows().length === 3);
  return page.evaluate(() => window.duizhaoReview.rows());
}

const fileUrl = (distDir) => pathToFileURL(path.join(distDir, "review.html")).href;

export default [
  {
    name: "从本地文件（file://）打开：用 Blob 后台线程，载入三份材料得到三行",
    fn: async ({ page, distDir, helpers: { assert } }) => {
      await page.goto(fileUrl(distDir), { waitUntil: "load" });
      const rows = await loadThree(page);
      assert.deepEqual(rows.map((r) => r.file).sort(), ["材料1.txt", "材料2.txt", "材料3.txt"]);
      assert.ok(rows.every((r) => r.preset !== ""), "each file read and checked");
      assert.equal(await page.evaluate(() => window.duizhaoReview.threads()), "blob");
      assert.equal(await page.getByTestId("thread-notice").count(), 0);
      // The table shows them too.
      await page.getByText("材料3.txt").first().waitFor();
    },
  },
  {
    name: "不能启动任何后台线程时在页面线程中审核，并提示“审核会慢一些”",
    fn: async ({ page, distDir, helpers: { assert } }) => {
      await page.addInitScript(() => {
        window.Worker = function () {
          throw new Error("Worker disabled for the test");
        };
      });
      await page.goto(fileUrl(distDir), { waitUntil: "load" });
      const rows = await loadThree(page);
      assert.equal(rows.length, 3);
      assert.ok(rows.every((r) => r.preset !== ""), "each file read and checked");
      assert.equal(await page.evaluate(() => window.duizhaoReview.threads()), "page");
      const notice = await page.getByTestId("thread-notice").textContent();
      assert.match(notice, /当前环境不能使用后台线程，审核会慢一些/);
    },
  },
  {
    name: "经 http 打开：用普通后台线程（不加载 review-workers.js）",
    fn: async ({ page, baseUrl, helpers: { assert } }) => {
      const requested = [];
      page.on("request", (r) => requested.push(r.url()));
      await page.goto(new URL("review.html", baseUrl).href, { waitUntil: "load" });
      const rows = await loadThree(page);
      assert.equal(rows.length, 3);
      assert.equal(await page.evaluate(() => window.duizhaoReview.threads()), "worker");
      assert.ok(!requested.some((u) => u.endsWith("review-workers.js")), "review-workers.js not loaded");
    },
  },
  {
    name: "WPS 任务窗格（模拟）也提供“批量审核”：有 wps.ShowDialog 时以 WPS 对话框打开审核台",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await helpers.openWpsPlayground(page);
      // The simulated WPS host has no ShowDialog: record the call instead.
      await page.evaluate(() => {
        window.__dialogs = [];
        window.wps.ShowDialog = (url, title, w, h, modal) => window.__dialogs.push({ url, title, w, h, modal });
      });
      await page.getByText("批量审核", { exact: true }).click();
      await page.waitForFunction(() => window.__dialogs.length === 1);
      const [d] = await page.evaluate(() => window.__dialogs);
      assert.match(d.url, /review\.html$/);
      assert.equal(d.modal, false);
      assert.ok(d.w > 0 && d.h > 0);
    },
  },
];
