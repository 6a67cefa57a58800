// Browser tests of the 审核台 (review.html): reading and checking in the worker, the table,
// similarity, 年年提, an unreadable file, exports (the .xlsx is parsed back here).
// Materials are the original ones of test/review/materials.ts (loaded through tsx); two are
// turned into .docx with the `docx` package so that the worker reads both kinds.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Document, Packer, Paragraph } from "docx";
import { strFromU8, unzipSync } from "fflate";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

let cached = null;
/** { materials: string[4] (材料2 and 材料4 share COPIED, 材料1 repeats RECYCLED), previous: string } */
function fixtures() {
  if (cached) return cached;
  const code = `import("./test/review/materials.ts").then((x) => { const m = x.material ? x : x.default; process.stdout.write(JSON.stringify({
    materials: [0, 1, 2, 3].map((i) => m.material(i, i === 1 || i === 3 ? { extraProblem: m.COPIED } : i === 0 ? { extraProblem: m.RECYCLED } : {})),
    previous: m.previousMaterial(), copied: m.COPIED })); })`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "-e", code], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`无法生成测试材料：${r.stderr}`);
  cached = JSON.parse(r.stdout);
  return cached;
}

async function docx(text) {
  const doc = new Document({ sections: [{ children: text.split("\n").map((t) => new Paragraph({ text: t })) }] });
  return Array.from(await Packer.toBuffer(doc));
}

const utf8 = (s) => Array.from(Buffer.from(s, "utf8"));

async function currentSet() {
  const f = fixtures();
  return [
    { name: "材料1.txt", bytes: utf8(f.materials[0]) },
    { name: "材料2.docx", bytes: await docx(f.materials[1]) },
    { name: "材料3.md", bytes: utf8(f.materials[2]) },
    { name: "材料4.docx", bytes: await docx(f.materials[3]) },
  ];
}

/**
 * `n` short materials of distinct random wording (so no pair is similar): 材料001.txt …; file k has
 * (k * 37) % n extra characters, so that their 字数 all differ and do not follow the names.
 */
function manyMaterials(n) {
  const han = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔";
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const words = (len) => Array.from({ length: len }, (_, i) => (i % 20 === 19 ? "，" : han[Math.floor(rnd() * han.length)])).join("") + "。";
  return Array.from({ length: n }, (_, k) => {
    const name = `材料${String(k + 1).padStart(3, "0")}.txt`;
    const text = [
      "2025年度民主生活会个人对照检查材料",
      "一、存在的问题",
      `一是${words(120)}`,
      `二是${words(120 + ((k * 37) % n))}`,
      "二、问题产生的原因",
      words(100),
      "三、整改措施",
      words(100),
    ].join("\n");
    return { name, bytes: utf8(text), extra: (k * 37) % n };
  });
}

async function openReview(page, baseUrl) {
  await page.goto(new URL("review.html", baseUrl).href, { waitUntil: "load" });
  await page.waitForFunction(() => !!window.duizhaoReview);
}

/** Loads files through window.duizhaoReview (bytes as number arrays) and waits for the result. */
async function load(page, files, set = "current") {
  await page.evaluate(
    ([fs, s]) => window.duizhaoReview.loadFiles(fs.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })), s),
    [files, set],
  );
}

/** Minimal .xlsx reader for the test: sheet names and cell texts of each sheet. */
function readXlsx(bytes) {
  const zip = unzipSync(bytes);
  const text = (name) => (zip[name] ? strFromU8(zip[name]) : "");
  const decode = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  const shared = [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decode([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const names = [...text("xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => decode(m[1]));
  const sheets = {};
  names.forEach((name, i) => {
    const xml = text(`xl/worksheets/sheet${i + 1}.xml`);
    sheets[name] = [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
      [...row[1].matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c) => {
        const attrs = c[1];
        const inner = c[2] ?? "";
        if (/t="s"/.test(attrs)) return shared[Number(/<v>([^<]*)<\/v>/.exec(inner)[1])];
        if (/t="inlineStr"/.test(attrs)) return decode((/<t[^>]*>([\s\S]*?)<\/t>/.exec(inner) ?? [])[1] ?? "");
        const v = /<v>([^<]*)<\/v>/.exec(inner);
        return v ? Number(v[1]) : "";
      }),
    );
  });
  return { names, sheets };
}

async function downloadOf(page, buttonName) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: buttonName }).click()]);
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(await dl.path()) };
}

export default [
  {
    name: "四份材料、两份共用 300 字段落：表格 4 行，恰好一对雷同，显示相同段落",
    fn: async ({ page, baseUrl, helpers }) => {
      const { assert } = helpers;
      await openReview(page, baseUrl);
      await load(page, await currentSet());
      const rows = await page.evaluate(() => window.duizhaoReview.rows());
      assert.equal(rows.length, 4);
      assert.deepEqual(rows.map((r) => r.file), ["材料1.txt", "材料2.docx", "材料3.md", "材料4.docx"]);
      for (const r of rows) assert.equal(r.preset, "dlsh-2025/geren");
      await page.locator('[data-testid="summary"] tbody tr').nth(3).waitFor();
      assert.equal(await page.locator('[data-testid="summary"] tbody tr').count(), 4);
      const pairs = await page.evaluate(() => window.duizhaoReview.pairs());
      assert.equal(pairs.length, 1, JSON.stringify(pairs));
      assert.deepEqual([pairs[0].a, pairs[0].b], ["材料2.docx", "材料4.docx"]);
      assert.ok(pairs[0].longest >= 250 && pairs[0].ratio >= 0.15, JSON.stringify(pairs[0]));
      // The passage side by side.
      const pair = page.locator('[data-pair="材料2.docx|材料4.docx"]');
      await pair.getByRole("button").click();
      const passage = pair.locator('[data-testid="passage"]').first();
      await passage.waitFor();
      const copied = fixtures().copied;
      const sides = await passage.locator(".side > div").allTextContents();
      assert.equal(sides.length, 2);
      for (const s of sides) assert.ok(s.includes(copied.slice(0, 60)) && s.includes(copied.slice(-30, -1)), s);
      // Sorting by 字数 (ascending after two clicks: first click sorts descending).
      await page.locator('button[data-sort="characters"]').click();
      const firstDesc = await page.locator('[data-testid="summary"] tbody tr').first().getAttribute("data-file");
      await page.locator('button[data-sort="characters"]').click();
      const firstAsc = await page.locator('[data-testid="summary"] tbody tr').first().getAttribute("data-file");
      assert.notEqual(firstDesc, firstAsc);
      // Filter: only the files with a flagged pair.
      await page.getByRole("combobox", { name: "显示" }).selectOption("similar");
      assert.deepEqual(await page.locator('[data-testid="summary"] tbody tr').evaluateAll((l) => l.map((r) => r.dataset.file).sort()), ["材料2.docx", "材料4.docx"]);
      // The charts are inline SVG.
      assert.equal(await page.locator(".charts svg").count(), 2);
    },
  },
  {
    name: "“存在的问题”重复往年材料的段落：标为年年提",
    fn: async ({ page, baseUrl, helpers }) => {
      const { assert } = helpers;
      await openReview(page, baseUrl);
      await load(page, await currentSet());
      await load(page, [{ name: "往年/周明远2024.docx", bytes: await docx(fixtures().previous) }], "previous");
      const recycled = await page.evaluate(() => window.duizhaoReview.recycled());
      assert.deepEqual(recycled, [{ file: "材料1.txt", paragraph: 6, previousFile: "往年/周明远2024.docx" }]);
      await page.locator('[data-recycled="材料1.txt|6"]').waitFor();
      // The document view marks the paragraph and shows the findings in place.
      await page.locator('[data-testid="summary"] tr[data-file="材料1.txt"]').click();
      const view = page.locator('[data-testid="document-view"]');
      await view.locator('.p.recycled[data-paragraph="6"]').waitFor();
      assert.ok((await view.locator(".p").count()) >= 10);
    },
  },
  {
    name: "损坏的文件单独一行并写明原因，其余文件照常检查",
    fn: async ({ page, baseUrl, helpers }) => {
      const { assert } = helpers;
      await openReview(page, baseUrl);
      const files = await currentSet();
      files.splice(2, 0, { name: "损坏.docx", bytes: [0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9] }, { name: "说明.pdf", bytes: utf8("%PDF-1.4") });
      await load(page, files);
      const rows = await page.evaluate(() => window.duizhaoReview.rows());
      assert.equal(rows.length, 6);
      assert.equal(rows.filter((r) => r.preset === "dlsh-2025/geren").length, 4);
      const bad = page.locator('tr[data-unreadable="true"][data-file="损坏.docx"]');
      await bad.waitFor();
      assert.match(await bad.innerText(), /无法读取：.+/);
      assert.match(await page.locator('tr[data-unreadable="true"][data-file="说明.pdf"]').innerText(), /不支持的文件类型/);
      assert.equal((await page.evaluate(() => window.duizhaoReview.pairs())).length, 1);
    },
  },
  {
    name: "导出 CSV 与 XLSX：能打开，XLSX 解析回来与表格一致",
    fn: async ({ page, baseUrl, helpers }) => {
      const { assert } = helpers;
      await openReview(page, baseUrl);
      const files = await currentSet();
      files.push({ name: "损坏.docx", bytes: [1, 2, 3] });
      await load(page, files);
      const csv = await downloadOf(page, "导出汇总（.csv）");
      assert.match(csv.name, /\.csv$/);
      const text = csv.bytes.toString("utf8");
      assert.ok(text.startsWith("\ufeff文件,作者/单位"), text.slice(0, 40));
      assert.equal(text.trim().split("\r\n").length, 6);
      const xlsx = await downloadOf(page, "导出汇总（.xlsx）");
      assert.match(xlsx.name, /\.xlsx$/);
      const book = readXlsx(new Uint8Array(xlsx.bytes));
      assert.deepEqual(book.names, ["汇总", "雷同", "年年提"]);
      const sum = book.sheets["汇总"];
      assert.equal(sum.length, 6);
      assert.equal(sum[0][0], "文件");
      assert.deepEqual(sum.slice(1).map((r) => r[0]), ["材料1.txt", "材料2.docx", "材料3.md", "材料4.docx", "损坏.docx"]);
      const errorsCol = sum[0].indexOf("错误");
      const rows = await page.evaluate(() => window.duizhaoReview.rows());
      for (let i = 0; i < 4; i++) assert.equal(sum[i + 1][errorsCol], rows[i].errors);
      assert.equal(book.sheets["雷同"].filter((r) => r[6] === "是").length, 1);
      const html = await downloadOf(page, "导出报告（.html，可打印）");
      const report = html.bytes.toString("utf8");
      assert.ok(report.includes("<svg") && !report.includes("<script"));
    },
  },
  {
    name: "选择文件（文件选择框）也能载入，进度完成后显示结果",
    fn: async ({ page, baseUrl, helpers }) => {
      const { assert } = helpers;
      await openReview(page, baseUrl);
      const files = (await currentSet()).map((f) => ({ name: f.name, mimeType: "application/octet-stream", buffer: Buffer.from(f.bytes) }));
      await page.locator('[data-testid="pick-current"]').setInputFiles(files);
      await page.locator('[data-testid="summary"] tbody tr').nth(3).waitFor();
      await page.locator('[data-testid="progress"]').waitFor({ state: "detached" });
      assert.equal((await page.evaluate(() => window.duizhaoReview.pairs())).length, 1);
    },
  },
  {
    name: "300 份材料：表格只渲染可见的行，滚动和键盘能到最后一行，排序照常",
    fn: async ({ page, baseUrl, helpers }) => {
      const { assert } = helpers;
      const N = 300;
      await openReview(page, baseUrl);
      const files = manyMaterials(N);
      await load(page, files);
      assert.equal((await page.evaluate(() => window.duizhaoReview.rows())).length, N);
      const table = page.locator('[data-testid="summary"]');
      assert.equal(await table.getAttribute("role"), "grid");
      assert.equal(await table.getAttribute("aria-rowcount"), String(N + 1));
      const body = table.locator("tbody tr");
      await body.first().waitFor();
      const domRows = async () => body.count();
      /** aria-rowindex of the rows in the DOM: consecutive, and fewer than all. */
      const windowIndexes = async () => {
        const ix = await body.evaluateAll((l) => l.map((r) => Number(r.getAttribute("aria-rowindex"))));
        ix.forEach((v, i) => i && assert.equal(v, ix[i - 1] + 1, JSON.stringify(ix)));
        assert.ok(ix.length > 5 && ix.length <= 80, `DOM 中 ${ix.length} 行`);
        return ix;
      };
      await windowIndexes();

      // Sorting by 字数: descending first, the file with the most extra characters on top.
      const most = files.reduce((a, b) => (b.extra > a.extra ? b : a)).name;
      const least = files.reduce((a, b) => (b.extra < a.extra ? b : a)).name;
      const firstRowIs = (name) => page.waitForFunction((n) => document.querySelector('[data-testid="summary"] tbody tr')?.getAttribute("data-file") === n, name);
      await page.locator('button[data-sort="characters"]').click();
      await firstRowIs(most);

      // Keyboard: End reaches the last row (focused, rendered), ↑ the one before, Home the first.
      const focused = () => page.evaluate(() => ({ index: document.activeElement?.getAttribute("aria-rowindex"), file: document.activeElement?.getAttribute("data-file") }));
      const waitFocused = (index) => page.waitForFunction((i) => document.activeElement?.getAttribute("aria-rowindex") === i, String(index));
      await body.first().focus();
      await page.keyboard.press("End");
      await waitFocused(N + 1);
      assert.equal((await focused()).file, least);
      assert.ok((await windowIndexes()).includes(N + 1));
      await page.keyboard.press("ArrowUp");
      await waitFocused(N);
      await page.keyboard.press("Home");
      await waitFocused(2);
      assert.equal((await focused()).file, most);
      // Enter opens the document.
      await page.keyboard.press("Enter");
      await page.locator('[data-testid="document-view"] h2', { hasText: most }).waitFor();

      // Ascending, then scrolling to the bottom renders the last row: the file with the most.
      await page.locator('button[data-sort="characters"]').click();
      await firstRowIs(least);
      await page.locator('[data-testid="summary-viewport"]').evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      const last = table.locator(`tbody tr[aria-rowindex="${N + 1}"]`);
      await last.waitFor();
      assert.equal(await last.getAttribute("data-file"), most);
      assert.ok((await domRows()) < N);
      await windowIndexes();
    },
  },
  {
    name: "任务窗格的“批量审核”在浏览器中以新窗口打开审核台",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await helpers.openPlayground(page);
      const [opened] = await Promise.all([page.context().waitForEvent("page"), page.getByText("批量审核", { exact: true }).click()]);
      await opened.waitForFunction(() => !!window.duizhaoReview);
      assert.match(opened.url(), /review\.html$/);
    },
  },
];
