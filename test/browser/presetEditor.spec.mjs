// 编辑预设 in the playground: copy a shipped preset, edit it, use it at once (the 骨架 inserts the
// edited aspects), export the file, and import that file on a fresh pane (storage cleared).
import fs from "node:fs";

export default [
  {
    name: "编辑预设：复制 → 修改 → 使用 → 导出 → 在新窗格中导入",
    // Many steps on a shared machine: a generous limit; every step waits for a state.
    timeout: 240000,
    fn: async ({ page, helpers }) => {
      await helpers.openPlayground();
      await page.evaluate(() => window.localStorage.clear());
      await helpers.openPlayground();
      await page.evaluate(() => window.duizhaoDemo.clear());
      await page.getByRole("button", { name: "编辑预设…" }).click();
      const editor = page.getByRole("region", { name: "编辑预设" });
      await editor.getByRole("combobox", { name: "复制自" }).click();
      await page.getByRole("option", { name: "2026年度民主生活会", exact: true }).click();
      await editor.getByRole("button", { name: "复制", exact: true }).click();
      await page.getByRole("textbox", { name: "预设编号" }).fill("qinghe-2026");
      await page.getByRole("textbox", { name: "名称" }).fill("青禾县2026年度民主生活会");
      await page.getByRole("textbox", { name: "第1个方面", exact: true }).fill("带头强化政治忠诚、落实青禾县委要求");
      await page.getByRole("button", { name: "删除第5个方面" }).click();
      console.log("    已复制并修改");
      await page.getByRole("button", { name: "校验并使用" }).click();
      await page.locator(".fui-MessageBar", { hasText: "已校验并启用“青禾县2026年度民主生活会”" }).waitFor();

      // Used at once: the skeleton carries the edited aspects.
      await page.getByRole("button", { name: "插入骨架" }).click();
      await page.locator(".fui-MessageBar", { hasText: "已插入骨架" }).waitFor();
      const texts = await page.evaluate(() => window.duizhaoDemo.paragraphs().map((p) => p.text));
      helpers.assert.ok(texts.some((t) => t.includes("带头强化政治忠诚、落实青禾县委要求")), texts.join("|"));
      helpers.assert.ok(!texts.some((t) => t.includes("纠治政绩观偏差，扛起")), "已删除的方面不应出现");

      console.log("    已使用并插入");
      // Export.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出预设文件" }).click()]);
      helpers.assert.equal(download.suggestedFilename(), "qinghe-2026.json");
      const text = fs.readFileSync(await download.path(), "utf8");
      helpers.assert.equal(JSON.parse(text).id, "qinghe-2026");

      // A colleague's fresh pane: nothing stored, then import the exported file.
      await page.evaluate(() => window.localStorage.clear());
      await helpers.openPlayground();
      await page.getByRole("combobox", { name: "年度主题" }).click();
      helpers.assert.equal(await page.getByRole("option", { name: /青禾县2026年度民主生活会/ }).count(), 0);
      await page.keyboard.press("Escape");
      const picker = page.locator('input[type="file"][aria-label="选择预设文件"]').first();
      await picker.setInputFiles({ name: "qinghe-2026.json", mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
      await page.locator(".fui-MessageBar", { hasText: "已载入本单位预设：青禾县2026年度民主生活会" }).first().waitFor();
      await page.getByRole("combobox", { name: "年度主题" }).click();
      await page.getByRole("option", { name: /青禾县2026年度民主生活会/ }).first().waitFor();
    },
  },
];
