// The real task pane booted through the WPS entry (src/wps/entry.tsx, wpsHost) in
// playground.html?host=wps, beside the simulated WPS 文字 object model (src/playground/wps/sim.ts)
// over the same document model as the Word playground. The scenarios of the Word playground
// (read, jump, fixes, tracked text, cursor in header / table, read-only) plus WPS specifics:
// headings styled 标题 1 / 标题 2, no Office globals, and what WPS lacks said in Chinese.
// Every wait is for a state (an element, a document state), never for a duration.
import { Document, HeadingLevel, Packer, Paragraph } from "docx";

/** An original 2025年度 班子 material with 存在的问题 and 整改措施 but no 原因分析 (fictional unit). */
const MATERIAL = [
  ["title", "临川镇人民政府领导班子2025年度民主生活会对照检查材料"],
  ["body", "按照县委部署，镇领导班子会前开展集中学习四次，走访村组征求意见建议十九条，班子成员之间逐一谈心谈话。现将对照检查情况报告如下。"],
  ["h1", "一、存在的问题"],
  ["h2", "（一）在加强党性修养方面"],
  ["body", "班子理论学习有时满足于读原文、念文件，联系镇村实际研讨不够，例如一季度专题学习没有形成调研课题。"],
  ["h2", "（二）在为民办实事方面"],
  ["body", "对群众反映的道路维修诉求回应偏慢，北片三个村的路灯问题拖了两个多月才解决。"],
  ["h1", "二、整改措施"],
  ["body", "（一）改进学习方式。2026年3月底前制定班子学习清单，每季度围绕一个镇村难题开展调研式学习，由党政办负责。"],
  ["body", "（二）加快诉求办理。2026年起群众诉求实行台账管理，一般事项七个工作日内答复，由便民服务中心负责。"],
];

async function buildDocx() {
  const heading = { title: HeadingLevel.TITLE, h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2 };
  const doc = new Document({
    sections: [
      {
        children: MATERIAL.map(([kind, text]) => (kind === "body" ? new Paragraph({ text }) : new Paragraph({ text, heading: heading[kind] }))),
      },
    ],
  });
  return Array.from(await Packer.toBuffer(doc));
}

/** A 班子 material with a wrong numbering marker and a copy residue (fictional unit, our own wording). */
const MESSY = [
  "东岭街道党工委领导班子2025年度民主生活会对照检查材料",
  "根据区委统一安排，班子围绕会议主题集中学习研讨，广泛听取社区和居民意见，现将对照检查情况报告如下。",
  "一、存在的问题",
  "（一）、在加强党性修养方面",
  "班子成员学习有时停留在传达层面，上半年两次专题研讨没有形成具体的整改事项。",
  "（二）在担当作为方面",
  "老旧小区改造中协调物业的办法不多，两个小区的加装电梯事项推进缓慢。",
  "本文来源于示例范文站 www.example-fanwen.test",
  "二、原因分析",
  "（一）理想信念方面。对理论学习的重要性认识不足，满足于完成规定动作。",
  "（二）宗旨意识方面。深入居民家中了解情况少，解决问题的办法不多。",
  "三、整改措施",
  "（一）提高学习实效。2026年3月底前建立学习成果清单，由党政办负责。",
  "（二）加快民生项目。2026年6月底前完成两个小区加装电梯的协调工作，由城建科负责。",
].join("\n");

const panel = (page, id = "check") => page.locator(`#panel-${id}`);
const texts = (page) => page.evaluate(() => window.duizhaoDemo.paragraphs().map((p) => p.text));
const rule = (page, id, hasText) => panel(page).locator(`[data-rule-id="${id}"]`, hasText ? { hasText } : {});
const missingCauses = (page) => rule(page, "missing-section", "原因分析");

async function idle(page) {
  await page.waitForFunction(() => {
    const b = document.querySelector('#panel-check button[data-action="check"]');
    return b && !b.disabled && b.getAttribute("aria-disabled") !== "true";
  });
}

async function runCheck(page) {
  await panel(page).locator('button[data-action="check"]').click();
  await panel(page).locator('[data-testid="check-result"]').waitFor();
  await idle(page);
}

async function openCheck(page, helpers) {
  await helpers.openWpsPlayground(page);
  await page.getByRole("tab", { name: "检查" }).click();
}

async function applyFix(page, item) {
  await item.getByRole("button", { name: /^修正/ }).click();
  await panel(page).getByText(/^已修正/).waitFor();
  await idle(page);
}

/** Paragraph lists differ only where expected: [removed, added] around the common prefix/suffix. */
function diff(before, after) {
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  let j = 0;
  while (j < before.length - i && j < after.length - i && before[before.length - 1 - j] === after[after.length - 1 - j]) j++;
  return [before.slice(i, before.length - j), after.slice(i, after.length - j)];
}

async function choose(page, label, option) {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: false }).first().click();
}

const skeletonStatus = (page, hasText) => panel(page, "skeleton").locator(".fui-MessageBar", { hasText });

export default [
  {
    name: "WPS 演示页：不装 Office 全局对象、不加载 office.js 和 Word 入口，窗格经 WPS 入口启动；计数为 WPS 调用",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const requests = [];
      page.on("request", (r) => requests.push(new URL(r.url()).pathname));
      await helpers.openWpsPlayground();
      const globals = await page.evaluate(() => ({
        office: typeof window.Office,
        word: typeof window.Word,
        ext: typeof window.OfficeExtension,
        wps: typeof window.wps,
        app: typeof window.Application,
        kind: window.duizhaoDemo.hostKind(),
      }));
      assert.deepEqual(globals, { office: "undefined", word: "undefined", ext: "undefined", wps: "object", app: "object", kind: "wps" });
      assert.ok(requests.includes("/wpspane.js"), requests.join(" "));
      assert.ok(!requests.some((p) => /office(\.debug)?\.js$|\/taskpane\.js$/.test(p)), requests.join(" "));
      for (const name of ["骨架", "常用语", "检查"]) assert.ok(await page.getByRole("tab", { name }).isVisible(), name);
      assert.equal(await page.locator("#boot").count(), 0, "the boot message is gone");
      // The switch in the header leads back to the Word playground.
      assert.equal(await page.getByRole("navigation", { name: "模拟宿主" }).getByRole("link", { name: "Word" }).getAttribute("href"), "?host=word");
      // The document side reads through the WPS object model; syncCount counts its calls.
      const read = await page.evaluate(() => {
        window.duizhaoDemo.resetSyncCount();
        const text = window.Application.ActiveDocument.Paragraphs.Item(1).Range.Text;
        return { text, calls: window.duizhaoDemo.syncCount(), first: window.duizhaoDemo.paragraphs()[0].text };
      });
      assert.equal(read.text, read.first + "\r");
      assert.equal(read.calls, 5, "ActiveDocument, Paragraphs, Item(1), Range, Text: one call per member access");
      await page.evaluate(() => window.duizhaoDemo.setSyncLatency(500)); // documented no-op in WPS
      await page.getByRole("tab", { name: "检查" }).click();
      await runCheck(page);
      assert.ok((await page.evaluate(() => window.duizhaoDemo.syncCount())) > 4);
      await page.getByTestId("sync-count").filter({ hasText: /^WPS 调用次数：\d+/ }).waitFor();
    },
  },
  {
    name: "插入骨架：标题为“标题 1 / 标题 2”样式，待填写处为【…】文字，光标在第一个待填写处",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await helpers.openWpsPlayground();
      await page.evaluate(() => window.duizhaoDemo.clear());
      await choose(page, "材料类型", "班子");
      await choose(page, "年度主题", "2025年度民主生活会");
      await page.getByRole("button", { name: "插入骨架" }).click();
      await skeletonStatus(page, "已插入骨架").waitFor();
      const paras = await page.evaluate(() => window.duizhaoDemo.paragraphs());
      const h1 = paras.filter((p) => p.headingLevel === 1);
      assert.deepEqual(
        h1.map((p) => p.text),
        ["一、存在的问题", "二、反面典型案例剖析", "三、原因分析", "四、整改措施"],
      );
      assert.ok(h1.every((p) => p.style === "标题 1"), JSON.stringify(h1));
      const h2 = paras.filter((p) => p.headingLevel === 2);
      assert.ok(h2.length >= 5 && h2.every((p) => p.style === "标题 2"), JSON.stringify(h2));
      assert.ok(h2.some((p) => p.text.includes("政治忠诚")));
      // The skeleton starts in the empty paragraph of the cleared document (no empty line above it),
      // with the title in 标题 style; everything else is 正文.
      assert.notEqual(paras[0].text, "");
      assert.equal(paras[0].style, "标题");
      const others = paras.slice(1).filter((p) => p.headingLevel === null).map((p) => p.style);
      assert.deepEqual([...new Set(others)], ["正文"], JSON.stringify(others));
      assert.deepEqual(await page.evaluate(() => window.duizhaoDemo.contentControls()), [], "WPS: no content controls");
      const sel = await page.evaluate(() => window.duizhaoDemo.selection());
      assert.match(paras[sel.paragraphIndex].text, /^【.*】$/, "the cursor is in the first 【…】 prompt");
      // 撤销插入 removes exactly the block (found by its bookmark).
      await page.getByRole("button", { name: "撤销插入" }).click();
      await skeletonStatus(page, "已撤销上次插入的内容。").waitFor();
      assert.ok((await texts(page)).every((t) => t === ""), "back to the empty document");
    },
  },
  {
    name: "读取 .docx（缺少原因分析）：报告缺少，定位选中应在其前的“整改措施”，修正后重新检查不再报告",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate((b) => window.duizhaoDemo.loadDocx(new Uint8Array(b)), await buildDocx());
      await runCheck(page);
      const item = missingCauses(page);
      await item.waitFor();
      assert.equal(await item.count(), 1);

      // 定位: the finding points at the heading the missing section must precede.
      const target = Number(await item.getAttribute("data-paragraph"));
      const paragraphs = await page.evaluate(() => window.duizhaoDemo.paragraphs());
      assert.equal(paragraphs[target].text, "二、整改措施");
      await page.evaluate(() => window.duizhaoDemo.setCursor(0));
      await item.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t, target);
      const sel = await page.evaluate(() => window.duizhaoDemo.selection());
      assert.deepEqual([sel.story, sel.start, sel.end], ["MainDoc", 0, "二、整改措施".length], "the whole paragraph is selected");
      await idle(page);
      assert.deepEqual(await page.evaluate(() => window.duizhaoDemo.highlighted()), [], "WPS: jump selects, never highlights");

      // 修正: inserts 二、原因分析 before it and shifts 二、整改措施 to 三、; the re-check finds nothing new.
      const before = await texts(page);
      await applyFix(page, item);
      const after = await texts(page);
      const cause = after.indexOf("二、原因分析");
      assert.ok(cause > 0 && after[cause + 1] !== undefined, after.join("|"));
      assert.ok(after.indexOf("三、整改措施") > cause, "the following heading is renumbered");
      const added = diff(before, after)[1];
      assert.ok(added.includes("二、原因分析") && added.includes("三、整改措施"), JSON.stringify(diff(before, after)));
      const headings = await page.evaluate(() => window.duizhaoDemo.paragraphs().filter((p) => p.headingLevel === 1).map((p) => [p.text, p.style]));
      assert.deepEqual(headings, [
        ["一、存在的问题", "标题 1"],
        ["二、原因分析", "标题 1"],
        ["三、整改措施", "标题 1"],
      ]);
      assert.equal(await missingCauses(page).count(), 0);
      assert.equal(await rule(page, "numbering").count(), 0);
      assert.equal(await rule(page, "section-order").count(), 0);
    },
  },
  {
    name: "定位（无段落标识：序号 + 指纹）：段落下移后仍找到并提示；一键修正：序号（一）、→（一）、删除复制残留，各只改所说之处",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate((t) => window.duizhaoDemo.loadText(t), MESSY);
      await runCheck(page);
      const item = rule(page, "numbering", "（一）、");
      const target = Number(await item.getAttribute("data-paragraph"));
      assert.match((await texts(page))[target], /^（一）、/);
      await item.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t, target);
      await idle(page);
      assert.equal(await panel(page).getByRole("status").count(), 0, "no stale notice for an unchanged document");

      // The user adds a paragraph at the top: WPS has no paragraph ids, the fingerprint finds it one lower.
      await page.evaluate(() => window.duizhaoDemo.host().doc.userSplit(0, 0));
      await item.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t + 1, target);
      const notice = panel(page).getByRole("status").filter({ hasText: "文档在检查后已被修改" });
      await notice.waitFor();
      await notice.getByRole("button", { name: "重新检查" }).click();
      await idle(page);
      await page.waitForFunction(() => !document.querySelector("#panel-check")?.textContent?.includes("文档在检查后已被修改"));
      assert.equal(Number(await rule(page, "numbering", "（一）、").getAttribute("data-paragraph")), target + 1);

      let before = await texts(page);
      await applyFix(page, rule(page, "numbering", "（一）、"));
      assert.deepEqual(diff(before, await texts(page)), [["（一）、在加强党性修养方面"], ["（一）在加强党性修养方面"]]);
      assert.equal(await rule(page, "numbering", "（一）、").count(), 0, "the re-check no longer reports it");

      before = await texts(page);
      await applyFix(page, rule(page, "copy-residue"));
      assert.deepEqual(diff(before, await texts(page)), [["本文来源于示例范文站 www.example-fanwen.test"], []]);
      assert.equal(await rule(page, "copy-residue").count(), 0);
    },
  },
  {
    name: "修订：WPS 无法排除已删除的文字——窗格用中文说明，检查照常完成",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      const lines = MESSY.split("\n").filter((t) => !/范文站|（一）、/.test(t));
      const inits = lines.map((text) => ({ text }));
      const cause = lines.indexOf("二、原因分析");
      inits[cause].deleted = [[0, lines[cause].length]];
      await page.evaluate((ps) => window.duizhaoDemo.host().doc.setParagraphs(ps), inits);
      await runCheck(page);
      // What Word does (the deleted heading does not count) WPS cannot: the pane says so in Chinese…
      await panel(page).getByText(/文档含有修订，WPS 无法把已删除的文字排除/).waitFor();
      // …and the rest works: the check ran on the text as WPS reads it (deleted text included).
      assert.equal(await missingCauses(page).count(), 0, "deleted text is included in WPS (the warning says so)");
      assert.ok(await panel(page).locator('[data-testid="check-result"]').isVisible());
      // Without revisions the warning is gone.
      await page.evaluate((ps) => window.duizhaoDemo.host().doc.setParagraphs(ps.map(({ text }) => ({ text }))), inits);
      await runCheck(page);
      assert.equal(await panel(page).getByText(/文档含有修订/).count(), 0);
    },
  },
  {
    name: "常用语：插入到光标处（WPS TypeText），光标在插入的文字之后",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await helpers.openWpsPlayground();
      await page.getByRole("tab", { name: "常用语" }).click();
      const box = panel(page, "phrases").getByRole("searchbox");
      await box.waitFor({ state: "visible" });
      const before = await page.evaluate(() => {
        window.duizhaoDemo.setCursor(1, 2);
        return window.duizhaoDemo.paragraphs()[1].text;
      });
      await box.fill("llxx");
      const first = panel(page, "phrases").getByRole("listbox", { name: "常用语" }).getByRole("option").first();
      await first.waitFor();
      const text = (await first.getAttribute("aria-label")).replace(/（[^（]*）$/, "");
      await box.press("Enter");
      const expected = before.slice(0, 2) + text + before.slice(2);
      await page.waitForFunction((t) => window.duizhaoDemo.paragraphs()[1].text === t, expected);
      const sel = await page.evaluate(() => window.duizhaoDemo.selection());
      assert.deepEqual([sel.paragraphIndex, sel.start, sel.end], [1, 2 + text.length, 2 + text.length]);
    },
  },
  {
    name: "光标在页眉：中文提示，不插入；光标在表格中：骨架插在表格之后，表格文字不变",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await helpers.openWpsPlayground();
      const before = await texts(page);
      await page.evaluate(() => window.duizhaoDemo.setCursorInHeader());
      await page.getByRole("button", { name: "插入骨架" }).click();
      await skeletonStatus(page, "请把光标放在正文中").waitFor();
      assert.deepEqual(await texts(page), before, "nothing inserted, nothing lost");

      const doc = [
        { text: "临川镇人民政府领导班子2025年度民主生活会对照检查材料", styleBuiltIn: "Title" },
        { text: "征求意见情况", table: { tableId: 1, row: 0, col: 0 } },
        { text: "共19条", table: { tableId: 1, row: 0, col: 1 } },
        { text: "已整改", table: { tableId: 1, row: 1, col: 0 } },
        { text: "11条", table: { tableId: 1, row: 1, col: 1 } },
        { text: "表后正文段落。" },
      ];
      await page.evaluate((ps) => window.duizhaoDemo.host().doc.setParagraphs(ps), doc);
      assert.equal(await page.evaluate(() => window.duizhaoDemo.setCursorInTable()), true);
      await page.getByRole("button", { name: "插入骨架" }).click();
      await skeletonStatus(page, "已插入骨架").waitFor();
      const paras = await page.evaluate(() => window.duizhaoDemo.paragraphs());
      const table = paras.filter((p) => p.inTable).map((p) => p.text);
      assert.deepEqual(table, ["征求意见情况", "共19条", "已整改", "11条"], "the table is untouched");
      const firstNew = paras.findIndex((p) => p.text === "一、存在的问题");
      const lastCell = paras.findIndex((p) => p.text === "11条");
      assert.ok(firstNew > lastCell, "the skeleton goes after the table");
      assert.ok(!paras[firstNew].inTable);
      assert.ok(paras.some((p) => p.text === "表后正文段落。"), "nothing lost");
    },
  },
  {
    name: "只读 / 受保护文档：插入骨架、常用语、修正都给出中文提示，文档不变",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate((t) => window.duizhaoDemo.loadText(t), MESSY);
      await runCheck(page);
      const before = await texts(page);
      await page.evaluate(() => window.duizhaoDemo.setReadOnly(true));
      await rule(page, "numbering", "（一）、").getByRole("button", { name: /^修正/ }).click();
      await panel(page).getByRole("alert").filter({ hasText: "文档处于只读或受保护状态" }).waitFor();
      assert.deepEqual(await texts(page), before);

      await page.evaluate(() => window.duizhaoDemo.setReadOnly("protected"));
      await page.getByRole("tab", { name: "骨架" }).click();
      await page.evaluate(() => window.duizhaoDemo.setCursor(2));
      await page.getByRole("button", { name: "插入骨架" }).click();
      await skeletonStatus(page, "文档处于只读或受保护状态").waitFor();
      assert.deepEqual(await texts(page), before);

      await page.getByRole("tab", { name: "常用语" }).click();
      const box = panel(page, "phrases").getByRole("searchbox");
      await box.fill("llxx");
      await panel(page, "phrases").getByRole("listbox", { name: "常用语" }).getByRole("option").first().waitFor();
      await box.press("Enter");
      await panel(page, "phrases").locator(".fui-MessageBar").filter({ hasText: "文档处于只读或受保护状态" }).waitFor();
      assert.deepEqual(await texts(page), before);
    },
  },
  {
    name: "WPS 长文档（8,000 段）：分片读取，检查覆盖全部段落；与读取时相同的文档不提示过期，改动末尾一段（字数不变）后提示“结果可能已过期”",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      const n = 8000;
      await page.evaluate((count) => {
        const ps = [{ text: "青禾县农业农村局领导班子对照检查材料", styleBuiltIn: "Title" }, { text: "一、存在的问题", styleBuiltIn: "Heading1" }];
        for (let i = 2; i < count; i++) ps.push({ text: `第${i}条：工作推进中存在调研不深、跟踪不紧的情况。` });
        window.duizhaoDemo.host().doc.setParagraphs(ps);
      }, n);
      await runCheck(page);
      assert.match(await panel(page).locator("dl").textContent(), new RegExp(`${n} 段`));
      // Unchanged: two comparisons (10 WPS calls each: count, end, one block of paragraphs;
      // comparisons never overlap, so the second one under way means the first is over), no notice.
      const base = await page.evaluate(() => window.duizhaoDemo.syncCount());
      await page.waitForFunction((b) => window.duizhaoDemo.syncCount() >= b + 11, base, { polling: 100 });
      assert.equal(await panel(page).getByTestId("stale-notice").count(), 0, "no stale notice for an unchanged document");
      // The same length, near the end: neither the count nor the end position tells, the block does.
      await page.evaluate((i) => {
        const doc = window.duizhaoDemo.host().doc;
        doc.userSetText(i, doc.body[i].text.replace("调研", "研究"));
      }, n - 2);
      await panel(page).getByTestId("stale-notice").waitFor();
    },
  },
];
