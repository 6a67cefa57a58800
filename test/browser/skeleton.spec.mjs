import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
// 骨架 tab in the playground: insert whole skeletons for two presets, check headings and syncs,
// edge cases (header, read-only), undo.

async function choose(page, label, option) {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: false }).first().click();
}

async function insertFor(page, helpers, materialType, theme) {
  await helpers.openPlayground();
  await page.evaluate(() => window.duizhaoDemo.clear());
  await choose(page, "材料类型", materialType);
  await choose(page, "年度主题", theme);
  await page.evaluate(() => window.duizhaoDemo.resetSyncCount());
  const t0 = Date.now();
  await page.getByRole("button", { name: "插入骨架" }).click();
  await page.locator(".fui-MessageBar", { hasText: "已插入骨架" }).waitFor();
  const ms = Date.now() - t0;
  const syncs = await page.evaluate(() => window.duizhaoDemo.syncCount());
  const paras = await page.evaluate(() => window.duizhaoDemo.paragraphs());
  const controls = await page.evaluate(() => window.duizhaoDemo.contentControls());
  return { syncs, paras, controls, ms };
}

const skeletonSpecs = [
  {
    name: "2025年度班子：插入骨架，标题级别正确，≤2 次 sync",
    fn: async ({ page, helpers }) => {
      const { syncs, paras, controls, ms } = await insertFor(page, helpers, "班子", "2025年度民主生活会");
      console.log(`    插入骨架（2025年度 班子）：${syncs} 次 sync，点击到完成 ${ms} ms，${paras.length} 段`);
      helpers.assert.ok(syncs <= 2, `sync 次数 ${syncs}`);
      const h1 = paras.filter((p) => p.headingLevel === 1).map((p) => p.text);
      helpers.assert.deepEqual(h1, ["一、存在的问题", "二、反面典型案例剖析", "三、原因分析", "四、整改措施"]);
      helpers.assert.ok(paras.some((p) => p.headingLevel === 2 && p.text.includes("政治忠诚")));
      helpers.assert.ok(controls.filter((c) => c.tag === "duizhao:placeholder").length >= 10);
      // The cursor sits in the first placeholder.
      const sel = await page.evaluate(() => window.duizhaoDemo.selection());
      const first = controls.find((c) => c.tag === "duizhao:placeholder");
      helpers.assert.ok(first.paragraphs.includes(sel.paragraphIndex), "光标应在第一个待填写处");
    },
  },
  {
    name: "2022年度党支部：插入骨架，标题级别正确，≤2 次 sync",
    fn: async ({ page, helpers }) => {
      const { syncs, paras } = await insertFor(page, helpers, "党支部", "2022年度组织生活会");
      helpers.assert.ok(syncs <= 2, `sync 次数 ${syncs}`);
      const h1 = paras.filter((p) => p.headingLevel === 1).map((p) => p.text);
      helpers.assert.ok(h1[0].startsWith("一、") && h1.some((t) => t.includes("原因")) && h1.some((t) => t.includes("整改")), h1.join("|"));
      helpers.assert.ok(paras.filter((p) => p.headingLevel === 2).length >= 6);
    },
  },
  {
    name: "插入后检查：只报告未填写的占位内容",
    fn: async ({ page, helpers }) => {
      await insertFor(page, helpers, "个人", "2024年度民主生活会");
      await page.getByRole("tab", { name: "检查" }).click();
      await page.getByRole("button", { name: "开始检查" }).click();
      await page.locator("[data-rule-id]").first().waitFor();
      const ids = await page.locator("[data-rule-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-rule-id")));
      const structural = ids.filter((id) => ["missing-section", "section-order", "missing-aspect", "measure-coverage", "numbering"].includes(id));
      helpers.assert.deepEqual(structural, []);
      helpers.assert.ok(ids.includes("placeholder"));
    },
  },
  {
    name: "光标在页眉：中文提示，不插入；只读文档：提示，不崩溃",
    fn: async ({ page, helpers }) => {
      await helpers.openPlayground();
      const before = await page.evaluate(() => window.duizhaoDemo.paragraphs().length);
      await page.evaluate(() => window.duizhaoDemo.setCursorInHeader());
      await page.getByRole("button", { name: "插入骨架" }).click();
      await page.locator(".fui-MessageBar", { hasText: "请把光标放在正文中" }).waitFor();
      helpers.assert.equal(await page.evaluate(() => window.duizhaoDemo.paragraphs().length), before);
      await page.evaluate(() => {
        window.duizhaoDemo.setCursor(0);
        window.duizhaoDemo.setReadOnly(true);
      });
      await page.getByRole("button", { name: "插入骨架" }).click();
      await page.locator(".fui-MessageBar", { hasText: /只读|受保护|查看/ }).waitFor();
      helpers.assert.equal(await page.evaluate(() => window.duizhaoDemo.paragraphs().length), before);
    },
  },
  {
    name: "撤销插入：只删除上次插入的内容",
    timeout: 120000,
    fn: async ({ page, helpers }) => {
      await helpers.openPlayground();
      const before = await page.evaluate(() => window.duizhaoDemo.paragraphs().map((p) => p.text));
      await page.evaluate(() => window.duizhaoDemo.setCursor(2));
      await page.getByRole("button", { name: "插入“三、原因分析”" }).or(page.getByRole("button", { name: /插入“.*原因分析”/ })).first().click();
      // The example material already has 原因分析: the pane says so first; 仍然插入 inserts it.
      await page.locator(".fui-MessageBar", { hasText: /已插入|文档中已有/ }).waitFor();
      if (await page.getByRole("button", { name: "仍然插入" }).count()) await page.getByRole("button", { name: "仍然插入" }).click();
      await page.locator(".fui-MessageBar", { hasText: "已插入" }).waitFor();
      helpers.assert.ok((await page.evaluate(() => window.duizhaoDemo.paragraphs().length)) > before.length);
      await page.getByRole("button", { name: "撤销插入" }).click();
      await page.locator(".fui-MessageBar", { hasText: "已撤销上次插入的内容。" }).waitFor();
      helpers.assert.deepEqual(await page.evaluate(() => window.duizhaoDemo.paragraphs().map((p) => p.text)), before);
    },
  },
];

// 导入本单位预设 through the file picker: a valid file adds its theme (kept across a reload); a bad
// file shows a Chinese error and changes nothing.

function unitPresetFile() {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/data/presets");
  const file = readdirSync(dir).find((f) => f.endsWith(".json") && JSON.parse(readFileSync(path.join(dir, f), "utf8")).id === "dlsh-2025");
  const base = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  return JSON.stringify({ ...base, id: "qinghe-2025", label: "青禾县2025年度民主生活会（县委组织部下发）", verified: true });
}

skeletonSpecs.push({
  name: "导入本单位预设：有效文件加入年度主题并在重新打开后保留；无效文件提示且不改变",
  fn: async ({ page, helpers }) => {
    await helpers.openPlayground();
    await page.evaluate(() => window.localStorage.clear());
    await helpers.openPlayground();
    const picker = page.locator('input[type="file"][aria-label="选择预设文件"]').first();
    await picker.setInputFiles({ name: "坏文件.json", mimeType: "application/json", buffer: Buffer.from("{ 不是 JSON") });
    await page.locator(".fui-MessageBar", { hasText: "不是有效的 JSON 文件" }).first().waitFor();
    await picker.setInputFiles({ name: "青禾县预设.json", mimeType: "application/json", buffer: Buffer.from(unitPresetFile()) });
    await page.locator(".fui-MessageBar", { hasText: "已载入本单位预设" }).first().waitFor();
    await page.getByRole("combobox", { name: "年度主题" }).click();
    helpers.assert.ok(await page.getByRole("option", { name: /青禾县2025年度民主生活会/ }).first().isVisible());
    await page.keyboard.press("Escape");
    await helpers.openPlayground();
    await page.getByText("已导入：青禾县预设.json").first().waitFor();
  },
});

export default skeletonSpecs;
