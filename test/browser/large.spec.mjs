// A 200,000-paragraph document in the playground (issue 14 §2/§3): the simulated document view is
// virtualized, the check runs off the UI thread, and a finding near the end can be located.
// States only: how long each step takes is measured by bench/pane.mjs, never asserted here.

const N = 200000;
/** Paragraph of the copy-residue finding the test locates: far outside the first screen. */
const RESIDUE_AT = 190001;

/** Builds the document inside the page (no 200,000-item transfer over the protocol). */
function loadLarge(page) {
  return page.evaluate(
    ({ n, residueAt }) => {
      const ps = [
        { text: "青禾县农业农村局领导班子2025年度民主生活会对照检查材料", styleBuiltIn: "Title" },
        { text: "一、存在的问题", styleBuiltIn: "Heading1" },
      ];
      const third = Math.floor(n / 3);
      for (let i = 2; i < n; i++) {
        if (i === third) ps.push({ text: "二、原因分析", styleBuiltIn: "Heading1" });
        else if (i === 2 * third) ps.push({ text: "三、整改措施", styleBuiltIn: "Heading1" });
        else if (i === residueAt) ps.push({ text: "本文来源于范文网 www.fanwen-demo.com" });
        else if (i < third) ps.push({ text: `第${i}条：工作推进中存在调研不深、跟踪不紧的情况，例如第${i}号台账更新滞后两周。` });
        else if (i < 2 * third) ps.push({ text: `理想信念方面的根源之${i}在于学习不够深入，满足于完成规定动作。` });
        else ps.push({ text: `2026年${(i % 12) + 1}月底前完成第${i}项整改，由分管领导负责。` });
      }
      window.duizhaoDemo.host().doc.setParagraphs(ps);
    },
    { n: N, residueAt: RESIDUE_AT },
  );
}

export default [
  {
    name: "200,000 段：文档视图只渲染可见部分，滚动到末尾可见；检查完成并可定位到末尾附近的问题",
    // Waits for states; the limit only bounds a broken run on a heavily loaded machine.
    timeout: 900000,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await helpers.openPlayground();
      await loadLarge(page);
      await page.getByTestId("paragraph-count").filter({ hasText: String(N) }).waitFor({ timeout: 300000 });
      const doc = page.getByTestId("document");
      assert.equal(await doc.getAttribute("data-virtual"), "true");
      const rendered = await page.locator(".page .para").count();
      assert.ok(rendered > 0 && rendered < 2000, `rendered ${rendered} paragraph elements`);

      // Scroll to the end: the last paragraph is rendered, the first no longer is.
      await page.evaluate(() => {
        const wrap = document.querySelector(".page-wrap");
        wrap.scrollTop = wrap.scrollHeight;
      });
      await page.locator(`.page .para[data-index="${N - 1}"]`).waitFor({ timeout: 120000 });
      assert.equal(await page.locator('.page .para[data-index="0"]').count(), 0);

      // Check: off the UI thread; the result covers every paragraph.
      await page.getByRole("tab", { name: "检查" }).click();
      const panel = page.locator("#panel-check");
      const button = panel.locator('button[data-action="check"]');
      await button.waitFor({ timeout: 120000 });
      await button.click();
      await panel.locator('[data-testid="check-result"]').waitFor({ timeout: 600000 });
      await page.waitForFunction(() => !document.querySelector('#panel-check button[data-action="check"]')?.disabled, null, {
        timeout: 600000,
      });
      assert.match(await panel.locator("dl").textContent(), new RegExp(`${N} 段`));

      // Locate the residue near the end: the view scrolls there and renders it.
      await page.evaluate(() => {
        document.querySelector(".page-wrap").scrollTop = 0;
      });
      const item = panel.locator(`[data-rule-id="copy-residue"][data-paragraph="${RESIDUE_AT}"]`);
      await item.waitFor({ timeout: 60000 });
      await item.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t, RESIDUE_AT, { timeout: 120000 });
      await page.locator(`.page .para[data-index="${RESIDUE_AT}"]`).waitFor({ timeout: 120000 });
    },
  },
];
