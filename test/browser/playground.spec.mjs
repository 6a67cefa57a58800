// Browser tests of the playground and its simulated Word host (run by test/browser/run.mjs).
import { Document, HeadingLevel, Packer, Paragraph } from "docx";

async function makeDocx() {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "测试单位班子2025年度民主生活会对照检查材料", heading: HeadingLevel.TITLE }),
          new Paragraph({ text: "一、存在的问题", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "（一）在带头强化政治忠诚方面", heading: HeadingLevel.HEADING_2 }),
          new Paragraph("一是测试用的第一条问题。"),
          new Paragraph("二是测试用的第二条问题。"),
        ],
      },
    ],
  });
  return Array.from(new Uint8Array(await Packer.toBuffer(doc)));
}

export default [
  {
    name: "演示页加载，任务窗格显示 骨架/常用语/检查 三个选项卡",
    fn: async ({ page, helpers }) => {
      await helpers.openPlayground();
      for (const name of ["骨架", "常用语", "检查"]) {
        helpers.assert.ok(await page.getByRole("tab", { name }).isVisible(), `缺少选项卡 ${name}`);
      }
      helpers.assert.equal(await page.locator("#boot").count(), 0, "启动提示应已移除");
      const n = await page.evaluate(() => window.duizhaoDemo.paragraphs().length);
      helpers.assert.ok(n > 10, "示例材料应已载入");
      helpers.assert.ok(await page.locator(".page .para.h1").first().isVisible());
    },
  },
  {
    name: "打开 docx 包生成的 .docx：段落与标题级别正确",
    fn: async ({ page, helpers }) => {
      await helpers.openPlayground();
      const bytes = await makeDocx();
      await page.evaluate((arr) => window.duizhaoDemo.loadDocx(new Uint8Array(arr)), bytes);
      const paras = await page.evaluate(() => window.duizhaoDemo.paragraphs());
      helpers.assert.deepEqual(
        paras.map((p) => [p.text, p.headingLevel]),
        [
          ["测试单位班子2025年度民主生活会对照检查材料", null],
          ["一、存在的问题", 1],
          ["（一）在带头强化政治忠诚方面", 2],
          ["一是测试用的第一条问题。", null],
          ["二是测试用的第二条问题。", null],
        ],
      );
      await page.locator(".page .para.h1", { hasText: "一、存在的问题" }).waitFor();
      // The same document through the Word API in the page: one load, one sync.
      const viaWord = await page.evaluate(async () => {
        window.duizhaoDemo.resetSyncCount();
        const out = await window.Word.run(async (ctx) => {
          const ps = ctx.document.body.paragraphs;
          ps.load("items/text,items/styleBuiltIn");
          await ctx.sync();
          return ps.items.map((p) => p.styleBuiltIn);
        });
        return { out, syncs: window.duizhaoDemo.syncCount() };
      });
      helpers.assert.deepEqual(viaWord.out, ["Title", "Heading1", "Heading2", "Normal", "Normal"]);
      helpers.assert.equal(viaWord.syncs, 1);
    },
  },
  {
    name: "损坏的 .docx 显示中文错误而不崩溃",
    fn: async ({ page, helpers }) => {
      await helpers.openPlayground();
      const before = await page.evaluate(() => window.duizhaoDemo.paragraphs().length);
      const err = await page.evaluate(() =>
        window.duizhaoDemo.loadDocx(new Uint8Array([1, 2, 3, 4])).then(
          () => null,
          (e) => e.message,
        ),
      );
      helpers.assert.match(err, /^无法打开该文件/);
      await page.locator(".doc-error", { hasText: "无法打开该文件" }).waitFor();
      helpers.assert.equal(await page.evaluate(() => window.duizhaoDemo.paragraphs().length), before);
    },
  },
  {
    name: "模拟宿主：load + sync 之前读取属性抛出 PropertyNotLoaded",
    fn: async ({ page, helpers }) => {
      await helpers.openPlayground();
      const r = await page.evaluate(async () => {
        try {
          await window.Word.run(async (ctx) => {
            const p = ctx.document.body.paragraphs.getFirst();
            return p.text;
          });
          return null;
        } catch (e) {
          return { code: e.code, message: e.message, isOfficeError: e instanceof window.OfficeExtension.Error };
        }
      });
      helpers.assert.ok(r, "应抛出错误");
      helpers.assert.equal(r.code, "PropertyNotLoaded");
      helpers.assert.equal(r.isOfficeError, true);
      helpers.assert.match(r.message, /The property 'text' is not available/);
    },
  },
  {
    name: "syncCount 计数 context.sync()，状态栏同步显示",
    fn: async ({ page, helpers }) => {
      await helpers.openPlayground();
      const n = await page.evaluate(async () => {
        window.duizhaoDemo.resetSyncCount();
        await window.Word.run(async (ctx) => {
          const p = ctx.document.body.paragraphs.getFirst();
          p.load("text");
          await ctx.sync();
          p.insertText("【前缀】", "Start");
          await ctx.sync();
        });
        return window.duizhaoDemo.syncCount();
      });
      helpers.assert.equal(n, 2);
      await page.getByTestId("sync-count").filter({ hasText: "同步次数：2" }).waitFor();
      const first = await page.evaluate(() => window.duizhaoDemo.paragraphs()[0].text);
      helpers.assert.ok(first.startsWith("【前缀】"));
      await page.locator(".page .para").first().filter({ hasText: "【前缀】" }).waitFor();
    },
  },
  {
    name: "点击段落设置光标，选中文字成为 Word 选区；加载项 select() 标记段落",
    fn: async ({ page, helpers }) => {
      await helpers.openPlayground();
      await page.evaluate(() => window.duizhaoDemo.loadText("第一段文字\n第二段文字内容\n第三段"));
      await page.locator('.para-text[data-text-index="1"]').click();
      await page.waitForFunction(() => window.duizhaoDemo.selection().paragraphIndex === 1);
      // Select "文字" in paragraph 1 through the DOM.
      await page.evaluate(() => {
        const t = document.querySelector('.para-text[data-text-index="1"]').firstChild;
        const r = document.createRange();
        r.setStart(t, 3);
        r.setEnd(t, 5);
        const s = document.getSelection();
        s.removeAllRanges();
        s.addRange(r);
      });
      await page.waitForFunction(() => window.duizhaoDemo.selection().end === 5);
      const text = await page.evaluate(() =>
        window.Word.run(async (ctx) => {
          const sel = ctx.document.getSelection();
          sel.load("text,isEmpty");
          await ctx.sync();
          return [sel.text, sel.isEmpty];
        }),
      );
      helpers.assert.deepEqual(text, ["文字", false]);
      await page.evaluate(() =>
        window.Word.run(async (ctx) => {
          ctx.document.body.paragraphs.getLast().select();
          await ctx.sync();
        }),
      );
      helpers.assert.equal(await page.evaluate(() => window.duizhaoDemo.lastSelectedByAddin()), 2);
      await page.locator(".para.addin-selected", { hasText: "第三段" }).waitFor();
    },
  },
];
