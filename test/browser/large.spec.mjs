/* global fetch, MutationObserver */
// A 200,000-paragraph document in the playground (issue 14 §2/§3): the simulated document view is
// virtualized, the check runs off the UI thread, and a finding near the end can be located.
// A 50,500-paragraph .docx opened through duizhaoDemo.loadDocx (read in a worker, built in slices)
// and read by the pane in pages (one sync per 10,000 paragraphs).
// States only: how long each step takes is measured by bench/pane.mjs and bench/large-doc.mjs,
// never asserted here.
import { strToU8, zipSync } from "fflate";

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

const DOCX_N = 50500;
const DOCX_RESIDUE_AT = 45001;
/** First paragraph of a table on a later page of the .docx (three cells in one row). */
const DOCX_TABLE_AT = 30000;

/** A minimal .docx written here (fflate): Title, Heading1 sections, plain paragraphs, one table. */
function largeDocx() {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const para = (text, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
  const third = Math.floor(DOCX_N / 3);
  const parts = [];
  for (let i = 0; i < DOCX_N; i++) {
    if (i === 0) parts.push(para("青禾县农业农村局领导班子2025年度民主生活会对照检查材料", "Title"));
    else if (i === 1) parts.push(para("一、存在的问题", "Heading1"));
    else if (i === third) parts.push(para("二、原因分析", "Heading1"));
    else if (i === 2 * third) parts.push(para("三、整改措施", "Heading1"));
    else if (i === DOCX_RESIDUE_AT) parts.push(para("本文来源于范文网 www.fanwen-demo.com"));
    else if (i === DOCX_TABLE_AT) {
      const cell = (t) => `<w:tc>${para(t)}</w:tc>`;
      parts.push(`<w:tbl><w:tr>${cell("问题清单第一格")}${cell("问题清单第二格")}${cell("问题清单第三格")}</w:tr></w:tbl>`);
      i += 2;
    } else if (i < third) parts.push(para(`第${i}条：工作推进中存在调研不深、跟踪不紧的情况，例如第${i}号台账更新滞后两周。`));
    else if (i < 2 * third) parts.push(para(`理想信念方面的根源之${i}在于学习不够深入，满足于完成规定动作。`));
    else parts.push(para(`2026年${(i % 12) + 1}月底前完成第${i}项整改，由分管领导负责。`));
  }
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${parts.join("")}<w:sectPr/></w:body></w:document>`;
  const style = (id, name) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${style("Title", "Title")}${style("Heading1", "heading 1")}</w:styles>`;
  const rels = (body) => `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      rels(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>`),
    ),
    "word/_rels/document.xml.rels": strToU8(
      rels(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`),
    ),
    "word/document.xml": strToU8(doc),
    "word/styles.xml": strToU8(styles),
  });
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
  {
    name: "50,500 段 .docx：分片载入（显示“正在载入…”），分页读取（每 10,000 段一次同步，显示“已读 N 段”），检查结果正确并可定位",
    // Waits for states; the limit only bounds a broken run on a heavily loaded machine.
    timeout: 900000,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const bytes = largeDocx();
      assert.ok(bytes.length > 200000, "large enough to be read in the worker");
      await page.route("**/__test/large.docx", (route) => route.fulfill({ status: 200, contentType: "application/octet-stream", body: Buffer.from(bytes) }));
      await helpers.openPlayground();
      await page.getByRole("tab", { name: "检查" }).click();
      const panel = page.locator("#panel-check");
      const button = panel.locator('button[data-action="check"]');
      await button.waitFor({ timeout: 120000 });

      const loaded = await page.evaluate(async () => {
        const demo = window.duizhaoDemo;
        const states = [];
        const off = demo.subscribeLoading(() => states.push(demo.loading()));
        const buf = await (await fetch("/__test/large.docx")).arrayBuffer();
        const countBefore = demo.paragraphs().length;
        const p = demo.loadDocx(buf);
        const during = { loading: demo.loading(), count: demo.paragraphs().length };
        await p;
        off();
        return { states, during, countBefore, after: demo.loading(), bytesLeft: buf.byteLength };
      });
      assert.match(loaded.during.loading, /^正在载入…/);
      assert.equal(loaded.during.count, loaded.countBefore, "nothing applied before the document is complete");
      assert.equal(loaded.after, null);
      assert.equal(loaded.states.at(-1), null);
      assert.ok(loaded.bytesLeft > 0, "the caller's buffer is not transferred away");
      await page.getByTestId("paragraph-count").filter({ hasText: String(DOCX_N) }).waitFor({ timeout: 120000 });
      assert.equal(await page.getByTestId("loading").count(), 0);
      const spot = await page.evaluate(
        ([a, b]) => {
          const ps = window.duizhaoDemo.paragraphs();
          return { n: ps.length, residue: ps[a].text, table: ps.slice(b, b + 3), after: ps[b + 3], title: ps[0] };
        },
        [DOCX_RESIDUE_AT, DOCX_TABLE_AT],
      );
      assert.equal(spot.n, DOCX_N);
      assert.equal(spot.residue, "本文来源于范文网 www.fanwen-demo.com");
      assert.deepEqual(
        spot.table.map((p) => [p.text, p.inTable]),
        [
          ["问题清单第一格", true],
          ["问题清单第二格", true],
          ["问题清单第三格", true],
        ],
      );
      assert.equal(spot.after.inTable, false);
      assert.equal(spot.title.style, "标题");

      // Check: the pane reads in pages of 10,000 paragraphs, one sync each. Each sync answers after
      // a simulated round trip (a timer), so the pane is still reading once its progress indicator
      // shows; every text the indicator shows is recorded (a state seen, not a duration measured).
      await page.evaluate(() => {
        window.duizhaoDemo.resetSyncCount();
        window.duizhaoDemo.setSyncLatency(400);
        window.__progress = [];
        const panel = document.querySelector("#panel-check");
        const seen = () => {
          const m = /正在读取文档…已读 (\d+) 段/.exec(panel.textContent ?? "");
          if (m && window.__progress.at(-1) !== Number(m[1])) window.__progress.push(Number(m[1]));
        };
        window.__progressObserver = new MutationObserver(seen);
        window.__progressObserver.observe(panel, { subtree: true, childList: true, characterData: true });
      });
      await button.click();
      await panel.locator('[data-testid="check-result"]').waitFor({ timeout: 600000 });
      await page.waitForFunction(() => !document.querySelector('#panel-check button[data-action="check"]')?.disabled, null, {
        timeout: 600000,
      });
      const progress = await page.evaluate(() => {
        window.__progressObserver.disconnect();
        window.duizhaoDemo.setSyncLatency(0);
        return window.__progress;
      });
      assert.ok(progress.length >= 1, "the progress indicator showed 正在读取文档…已读 N 段");
      assert.ok(progress.every((n) => n > 0 && (n % 10000 === 0 || n === DOCX_N)), `progress after whole pages: ${progress.join(", ")}`);
      assert.deepEqual([...progress].sort((a, b) => a - b), progress, "progress only grows");
      assert.equal(await page.evaluate(() => window.duizhaoDemo.syncCount()), Math.ceil(DOCX_N / 10000));
      assert.match(await panel.locator("dl").textContent(), new RegExp(`${DOCX_N} 段`));
      const item = panel.locator(`[data-rule-id="copy-residue"][data-paragraph="${DOCX_RESIDUE_AT}"]`);
      await item.waitFor({ timeout: 60000 });
      await item.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t, DOCX_RESIDUE_AT, { timeout: 120000 });
      await page.locator(`.page .para[data-index="${DOCX_RESIDUE_AT}"]`).waitFor({ timeout: 120000 });
    },
  },
];
