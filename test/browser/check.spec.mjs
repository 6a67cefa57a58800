// Browser tests of the 检查 tab in the playground (simulated Word host beside the real task pane).
// The .docx is built here in node with the `docx` package: an original 2025年度 班子 material with
// 一、存在的问题 and 二、整改措施 but no 原因分析 (fictional unit, wording written for this test).
import { Document, HeadingLevel, Packer, Paragraph } from "docx";

const MATERIAL = [
  ["title", "青禾县农业农村局领导班子2025年度民主生活会对照检查材料"],
  ["body", "按照县委关于召开2025年度民主生活会的通知要求，班子会前集中学习三次，广泛征求基层意见建议，班子成员之间开展了谈心谈话。现将对照检查情况报告如下。"],
  ["h1", "一、存在的问题"],
  ["h2", "（一）在加强党性修养、坚定理想信念方面"],
  ["body", "班子集体学习有时以传达文件代替研讨，结合乡村振兴实际谈体会不多，例如今年二季度的专题学习只安排了领读环节。"],
  ["h2", "（二）在树立和践行正确政绩观方面"],
  ["body", "个别项目论证不充分，急于出亮点，如高标准农田配套工程前期调研仅用时两周。"],
  ["h1", "二、整改措施"],
  ["body", "（一）完善学习制度。2026年3月底前修订班子学习计划，每季度开展一次专题研讨，由办公室负责督促落实。"],
  ["body", "（二）规范项目决策。2026年6月底前建立项目前期论证清单，重大项目论证时间不少于一个月。"],
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

/** A long material: the same structure with many problem/measure paragraphs, `n` paragraphs in all. */
function longMaterial(n) {
  const lines = ["青禾县农业农村局领导班子2025年度民主生活会对照检查材料", "一、存在的问题"];
  const half = Math.floor((n - 6) / 2);
  for (let i = 0; i < half; i++) {
    if (i % 50 === 0) lines.push(`（${["一", "二", "三", "四", "五"][Math.floor(i / 50) % 5]}）在第${i / 50 + 1}个方面`);
    else lines.push(`第${i}条：工作推进中存在调研不深、跟踪不紧的情况，例如第${i}号台账更新滞后两周。`);
  }
  lines.push("二、原因分析", "理想信念方面的根源在于学习不够深入。");
  lines.push("三、整改措施");
  while (lines.length < n) lines.push(`2026年${(lines.length % 12) + 1}月底前完成第${lines.length}项整改，由分管领导负责。`);
  return lines.join("\n");
}

const panel = (page) => page.locator("#panel-check");

async function openCheck(page, helpers) {
  await helpers.openPlayground(page);
  await page.getByRole("tab", { name: "检查" }).click();
}

/** Clicks 开始检查 / 重新检查 and waits for a fresh result. Returns elapsed ms in the page. */
async function runCheck(page) {
  const button = panel(page).locator('button[data-action="check"]');
  const t0 = Date.now();
  await button.click();
  await panel(page).locator('[data-testid="check-result"]').waitFor();
  await page.waitForFunction(() => {
    const b = document.querySelector('#panel-check button[data-action="check"]');
    return b && !b.disabled && b.getAttribute("aria-disabled") !== "true";
  });
  return Date.now() - t0;
}

const missingCauses = (page) => panel(page).locator('[data-rule-id="missing-section"]', { hasText: "原因分析" });

/** A 班子 material with typical defects, written for these tests (fictional unit). */
const MESSY = [
  "溪南区财政局领导班子2025年度民主生活会对照检查材料",
  "根据区委统一部署，班子围绕会议主题认真开展学习研讨，广泛征求意见，深入谈心谈话，现将对照检查情况报告如下。",
  "一、存在的问题",
  "（一）、在加强党性修养、坚定理想信念方面",
  "班子成员学习存在重数量轻质量的倾向，例如上半年专题研讨只形成了会议记录，没有形成成果清单。",
  "（二）在树立和践行正确政绩观方面",
  "在预算绩效评价中偏重支出进度，对资金使用效果跟踪不够，比如某专项资金拨付后半年未开展评价。",
  "本文来源于范文网 www.fanwen-demo.com",
  "（三）在担当作为方面",
  "遇到跨部门事项有时习惯于等上级协调，推进节奏偏慢，今年三季度两项联审事项各拖延了一个月。",
  "二、原因分析",
  "（一）理想信念方面。对理论学习的重要性认识不足，满足于完成规定动作。",
  "（二）党性修养方面。自我要求有所放松，斗争精神不强。",
  "三、整改措施",
  "（一）强化学习成效。2026年3月底前建立学习成果清单制度，由办公室负责。",
  "（二）完善绩效评价。2026年6月底前出台专项资金跟踪评价办法，由预算科负责。",
  "（三）主动担当作为。对跨部门事项实行牵头负责制，长期坚持。",
].join("\n");

const texts = (page) => page.evaluate(() => window.duizhaoDemo.paragraphs().map((p) => p.text));
const rule = (page, id, hasText) => panel(page).locator(`[data-rule-id="${id}"]`, hasText ? { hasText } : {});

/** Waits until the pane is idle again (check button enabled). */
async function idle(page) {
  await page.waitForFunction(() => {
    const b = document.querySelector('#panel-check button[data-action="check"]');
    return b && !b.disabled && b.getAttribute("aria-disabled") !== "true";
  });
}

/** Clicks 修正 on `item`, waits for the automatic re-check; returns syncs used (fix + re-read). */
async function applyFix(page, item) {
  await page.evaluate(() => window.duizhaoDemo.resetSyncCount());
  await item.getByRole("button", { name: /^修正/ }).click();
  await panel(page).getByText(/^已修正/).waitFor();
  await idle(page);
  return page.evaluate(() => window.duizhaoDemo.syncCount());
}

/** Paragraph lists differ only where expected: returns [removed, added] around the common prefix/suffix. */
function diff(before, after) {
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  let j = 0;
  while (j < before.length - i && j < after.length - i && before[before.length - 1 - j] === after[after.length - 1 - j]) j++;
  return [before.slice(i, before.length - j), after.slice(i, after.length - j)];
}

export default [
  {
    name: "缺少原因分析：报告 missing-section，≤2 次 sync，定位到段落，一键修正后不再报告",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      const bytes = await buildDocx();
      await page.evaluate((b) => window.duizhaoDemo.loadDocx(new Uint8Array(b)), bytes);
      await page.evaluate(() => window.duizhaoDemo.resetSyncCount());

      await runCheck(page);
      const checkSyncs = await page.evaluate(() => window.duizhaoDemo.syncCount());
      console.log(`    检查用 sync 次数：${checkSyncs}`);
      assert.ok(checkSyncs <= 2, `check used ${checkSyncs} syncs`);
      const item = missingCauses(page);
      await item.waitFor();
      assert.equal(await item.count(), 1);

      // Jump.
      const target = Number(await item.getAttribute("data-paragraph"));
      const paragraphs = await page.evaluate(() => window.duizhaoDemo.paragraphs());
      assert.match(paragraphs[target].text, /整改措施/, "the finding points at the section it must precede");
      await page.evaluate(() => window.duizhaoDemo.setCursor(0));
      await page.evaluate(() => window.duizhaoDemo.resetSyncCount());
      await item.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t, target);
      const jumpSyncs = await page.evaluate(() => window.duizhaoDemo.syncCount());
      console.log(`    定位用 sync 次数：${jumpSyncs}`);
      assert.ok(jumpSyncs <= 2);

      // Fix, then the pane re-checks by itself.
      await page.evaluate(() => window.duizhaoDemo.resetSyncCount());
      await item.getByRole("button", { name: /^修正/ }).click();
      await panel(page).getByText(/已修正/).waitFor();
      await idle(page); // the notice shows as the re-check starts: wait for its result
      const fixSyncs = await page.evaluate(() => window.duizhaoDemo.syncCount());
      console.log(`    修正 + 重新读取用 sync 次数：${fixSyncs}`);
      // The jump above left a temporary highlight (WordApi 1.8+): the re-check clears it (1 sync).
      assert.ok(fixSyncs <= 4, `fix (≤2) + clearing the jump's highlight (1) + re-read (1) used ${fixSyncs}`);
      assert.deepEqual(await page.evaluate(() => window.duizhaoDemo.highlighted()), [], "the re-check cleared the jump's highlight");
      assert.equal(await missingCauses(page).count(), 0);
      const after = await page.evaluate(() => window.duizhaoDemo.paragraphs().map((p) => p.text));
      const cause = after.findIndex((t) => /原因分析/.test(t));
      const measures = after.findIndex((t) => /整改措施/.test(t));
      assert.ok(cause > 0 && cause < measures, "原因分析 inserted before 整改措施");
      assert.match(after[cause], /^二、原因分析$/, "numbered after its predecessor 一、");
      // The fix's label says it shifts what follows (二、→三、); only that numeral changed.
      assert.match(after[measures], /^三、整改措施$/, "the following heading is renumbered, as the fix's label says");
      assert.equal(await panel(page).locator('[data-rule-id="numbering"]').count(), 0);
    },
  },
  {
    name: "切换预设只重新检查，不再读取文档",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate((b) => window.duizhaoDemo.loadDocx(new Uint8Array(b)), await buildDocx());
      await runCheck(page);
      await page.evaluate(() => window.duizhaoDemo.resetSyncCount());
      await panel(page).getByRole("combobox", { name: "预设" }).click();
      await page.getByRole("option", { name: /通用/ }).first().click();
      // Wait for the re-check to show the chosen preset (a state, not a delay), then count syncs.
      await page.waitForFunction(() => {
        const box = document.querySelector('#panel-check [role="combobox"][aria-label="预设"]');
        return !!box && /通用/.test(box.textContent || box.value || "");
      });
      assert.equal(await page.evaluate(() => window.duizhaoDemo.syncCount()), 0);
    },
  },
  {
    name: "3000 段文档：读取 + 检查用时",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate((t) => window.duizhaoDemo.loadText(t), longMaterial(3000));
      const n = await page.evaluate(() => window.duizhaoDemo.paragraphs().length);
      assert.ok(n >= 3000, `document has ${n} paragraphs`);
      const times = [];
      for (let i = 0; i < 3; i++) {
        const wall = await runCheck(page);
        const inPane = Number(await panel(page).locator('[data-testid="check-result"]').getAttribute("data-ms"));
        times.push({ wall, inPane });
      }
      console.log(`    ${n} 段：读取 + 检查 ${times.map((t) => `${t.inPane} ms（点击到显示 ${t.wall} ms）`).join("；")}`);
      // The timing (target < 1 s) is reported above, not asserted: speed is measured, not tested.
      assert.ok(times.every((t) => Number.isFinite(t.inPane) && t.inPane >= 0));
    },
  },
  {
    name: "WordApi 1.3（无 uniqueLocalId）：按序号 + 指纹定位；段落移动后仍找到并提示重新检查；不做突出显示",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate(() => window.duizhaoDemo.setRequirement("WordApi", "1.3"));
      await page.evaluate((t) => window.duizhaoDemo.loadText(t), MESSY);
      await runCheck(page);
      const item = rule(page, "numbering", "（一）、");
      const target = Number(await item.getAttribute("data-paragraph"));
      assert.match((await texts(page))[target], /^（一）、/);
      await page.evaluate(() => window.duizhaoDemo.resetSyncCount());
      await item.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t, target);
      await idle(page);
      assert.ok((await page.evaluate(() => window.duizhaoDemo.syncCount())) <= 2);
      assert.deepEqual(await page.evaluate(() => window.duizhaoDemo.highlighted()), [], "no highlight below WordApi 1.8");
      assert.equal(await panel(page).getByRole("status").count(), 0, "no stale notice for an unchanged document");

      // The user adds a paragraph at the top: the finding's paragraph moved down by one.
      await page.evaluate(() => window.duizhaoDemo.host().doc.userSplit(0, 0));
      await item.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t + 1, target);
      const notice = panel(page).getByRole("status").filter({ hasText: "文档在检查后已被修改" });
      await notice.waitFor();
      await notice.getByRole("button", { name: "重新检查" }).click();
      await idle(page);
      await page.waitForFunction(() => !document.querySelector("#panel-check")?.textContent?.includes("文档在检查后已被修改"));
      assert.equal(Number(await rule(page, "numbering", "（一）、").getAttribute("data-paragraph")), target + 1);

      // Quick fix without ids (index + fingerprint, search with a left-widened window): only the marker.
      const before = await texts(page);
      const syncs = await applyFix(page, rule(page, "numbering", "（一）、"));
      assert.ok(syncs <= 3, `1.3 marker fix + re-read: ${syncs}`);
      assert.deepEqual(diff(before, await texts(page)), [["（一）、在加强党性修养、坚定理想信念方面"], ["（一）在加强党性修养、坚定理想信念方面"]]);
    },
  },
  {
    name: "WordApi 1.9：定位按 uniqueLocalId，临时突出显示不改文字；段落被删后提示并提供重新检查",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate((t) => window.duizhaoDemo.loadText(t), MESSY);
      await runCheck(page);
      const before = await texts(page);
      const first = rule(page, "numbering", "（一）、");
      const residue = rule(page, "copy-residue");
      const a = Number(await first.getAttribute("data-paragraph"));
      const b = Number(await residue.getAttribute("data-paragraph"));
      await first.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t, a);
      await idle(page);
      assert.deepEqual(await page.evaluate(() => window.duizhaoDemo.highlighted()), [a]);
      await residue.getByRole("button", { name: /^定位/ }).click();
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t, b);
      await idle(page);
      assert.deepEqual(await page.evaluate(() => window.duizhaoDemo.highlighted()), [b], "only the latest jump is highlighted");
      assert.deepEqual(await texts(page), before, "highlighting changes no text");
      // Leaving the tab removes the temporary highlight.
      await page.getByRole("tab", { name: "骨架" }).click();
      await page.waitForFunction(() => window.duizhaoDemo.highlighted().length === 0);
      await page.getByRole("tab", { name: "检查" }).click();

      // The residue paragraph is merged away by the user: its id is gone.
      await page.evaluate((i) => window.duizhaoDemo.host().doc.userMergeWithPrevious(i), b);
      await residue.getByRole("button", { name: /^定位/ }).click();
      const notice = panel(page).getByRole("status").filter({ hasText: "文档在检查后已被修改" });
      await notice.waitFor();
      assert.ok(await notice.getByRole("button", { name: "重新检查" }).isVisible());
      // A quick fix on the changed paragraph is refused with a Chinese message, nothing changes.
      const changed = await texts(page);
      await residue.getByRole("button", { name: /^修正/ }).click();
      await panel(page).getByRole("alert").filter({ hasText: "无法自动修正" }).waitFor();
      assert.deepEqual(await texts(page), changed);
    },
  },
  {
    name: "一键修正：序号（一）、→（一）、删除复制残留，各只改所说之处，≤2 次 sync 并自动重新检查",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate((t) => window.duizhaoDemo.loadText(t), MESSY);
      await runCheck(page);

      let before = await texts(page);
      let syncs = await applyFix(page, rule(page, "numbering", "（一）、"));
      console.log(`    改序号：修正 + 重新读取 ${syncs} 次 sync`);
      assert.ok(syncs <= 3, `marker fix (≤2) + re-read (1): ${syncs}`);
      assert.deepEqual(diff(before, await texts(page)), [["（一）、在加强党性修养、坚定理想信念方面"], ["（一）在加强党性修养、坚定理想信念方面"]]);
      assert.equal(await rule(page, "numbering", "（一）、").count(), 0, "the re-check no longer reports it");

      before = await texts(page);
      syncs = await applyFix(page, rule(page, "copy-residue"));
      console.log(`    删残留：修正 + 重新读取 ${syncs} 次 sync`);
      assert.ok(syncs <= 3);
      assert.deepEqual(diff(before, await texts(page)), [["本文来源于范文网 www.fanwen-demo.com"], []]);
      assert.equal(await rule(page, "copy-residue").count(), 0);
    },
  },
  {
    name: "修订删除的文字不计入：删除的“原因分析”标题算缺少，删除的错词不报告",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      const lines = MESSY.split("\n").filter((t) => !/范文网|（一）、/.test(t));
      const inits = lines.map((text) => ({ text }));
      // "二、原因分析" deleted under track changes (its body stays).
      const cause = lines.indexOf("二、原因分析");
      inits[cause].deleted = [[0, lines[cause].length]];
      // A misspelled formula the author already struck out, then retyped correctly.
      const wrong = "班子坚持用习近平新世代中国特色社会主义思想";
      const right = "班子坚持用习近平新时代中国特色社会主义思想武装头脑，每月开展一次集体学习，全年组织十二次专题研讨。";
      inits.splice(2, 0, { text: wrong + right, deleted: [[0, wrong.length]] });
      await page.evaluate((ps) => window.duizhaoDemo.host().doc.setParagraphs(ps), inits);
      await page.evaluate(() => window.duizhaoDemo.resetSyncCount());
      await runCheck(page);
      console.log(`    含修订删除的检查：${await page.evaluate(() => window.duizhaoDemo.syncCount())} 次 sync`);
      assert.equal(await missingCauses(page).count(), 1, "a deleted 原因分析 heading does not count");
      assert.equal(await rule(page, "canonical-term").count(), 0, "a deleted word is not reported");
      // Control: with the deletions accepted as plain text, both would be seen.
      await page.evaluate((ps) => window.duizhaoDemo.host().doc.setParagraphs(ps.map(({ text }) => ({ text }))), inits);
      await runCheck(page);
      assert.equal(await missingCauses(page).count(), 0);
      assert.equal(await rule(page, "canonical-term").count(), 1);
    },
  },
  {
    name: "导出：复制报告文本，保存 .txt 与 .json",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await openCheck(page, helpers);
      await page.evaluate((t) => window.duizhaoDemo.loadText(t), MESSY);
      await runCheck(page);
      await panel(page).getByRole("button", { name: "复制报告" }).click();
      await panel(page).getByText("报告已复制到剪贴板。").waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /^对照检查材料结构检查报告/);
      assert.match(copied, /\[copy-residue\]/);
      assert.match(copied, /必备部分 \d+\/\d+/);

      const save = async (name) => {
        const [download] = await Promise.all([page.waitForEvent("download"), panel(page).getByRole("button", { name }).click()]);
        const fs = await import("node:fs");
        return { file: download.suggestedFilename(), text: fs.readFileSync(await download.path(), "utf8") };
      };
      const txt = await save("保存为 .txt");
      assert.match(txt.file, /^对照检查报告-\d{8}-\d{4}\.txt$/);
      await panel(page).getByText(`已生成报告文件“${txt.file}”`, { exact: false }).waitFor();
      assert.equal(txt.text, copied, "the saved text is the copied report");
      const json = await save("保存为 .json");
      assert.match(json.file, /\.json$/);
      const report = JSON.parse(json.text);
      assert.ok(report.findings.some((f) => f.ruleId === "copy-residue" && f.fix?.type === "delete-paragraph"));
      assert.equal(report.stats.paragraphs, MESSY.split("\n").length);
      assert.equal(report.analysis, undefined);
    },
  },
  {
    name: "窄窗格（320 px）与键盘：不出现横向滚动，Tab 可到达定位/修正，按钮有中文名称",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate(() => {
        document.getElementById("pane").style.flexBasis = "320px";
      });
      await page.evaluate((t) => window.duizhaoDemo.loadText(t), MESSY);
      await runCheck(page);
      await panel(page).locator("details summary", { hasText: "文档结构" }).click();
      const overflow = await page.evaluate(() => {
        const pane = document.getElementById("pane");
        const wide = [...document.querySelectorAll("#panel-check *")].filter((e) => e.getBoundingClientRect().right > pane.getBoundingClientRect().right + 1);
        return { pane: pane.clientWidth, scroll: pane.scrollWidth, wide: wide.slice(0, 5).map((e) => e.outerHTML.slice(0, 120)) };
      });
      assert.ok(overflow.pane <= 320, `pane is ${overflow.pane}px`);
      assert.ok(overflow.scroll <= overflow.pane, `horizontal overflow: ${JSON.stringify(overflow)}`);
      assert.deepEqual(overflow.wide, []);
      const names = await panel(page).getByRole("button").evaluateAll((bs) =>
        bs.map((b) => (b.getAttribute("aria-label") || b.textContent || "").trim()),
      );
      assert.ok(names.length > 5);
      for (const n of names) assert.match(n, /[\u4e00-\u9fa5]/, `button without a Chinese name: "${n}"`);

      // Keyboard only: Tab from 定位 reaches 修正 of the same finding; Enter on each acts.
      // Each sync answers a little later, as a real Word's round trip does, so the pane surely
      // renders its busy state while the button has focus (the state that once dropped focus).
      await page.evaluate(() => window.duizhaoDemo.setSyncLatency(50));
      const item = rule(page, "numbering", "（一）、");
      const target = Number(await item.getAttribute("data-paragraph"));
      await item.getByRole("button", { name: /^定位/ }).focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction((t) => window.duizhaoDemo.selection().paragraphIndex === t, target);
      await idle(page);
      // Focus stays on the button (it is not removed from the tab order while the jump runs).
      const stay = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName);
      assert.match(stay, /^定位/, `focus after the jump: ${stay}`);
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") || document.activeElement?.textContent);
      assert.match(focused, /^修正/);
      await page.keyboard.press("Enter");
      await panel(page).getByText(/^已修正/).waitFor();
      await idle(page);
      assert.equal((await texts(page))[target], "（一）在加强党性修养、坚定理想信念方面");
      // Focus lands on the finding that took the fixed one's place, not on the page.
      await page.waitForFunction(() => !!document.activeElement?.closest("#panel-check [data-rule-id]"), null);
      const next = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
      assert.match(next, /^定位：/);
      await page.keyboard.press("Enter");
      await idle(page);
    },
  },
  {
    name: "10000 段文档：读取 + 检查用时（只报告，不断言）",
    timeout: 300000,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openCheck(page, helpers);
      await page.evaluate((t) => window.duizhaoDemo.loadText(t), longMaterial(10000));
      const n = await page.evaluate(() => window.duizhaoDemo.paragraphs().length);
      const times = [];
      // Longest main-thread block (Long Tasks API) while checking: how long the pane cannot respond.
      await page.evaluate(() => {
        window.__longTasks = [];
        new window.PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
      });
      for (let i = 0; i < 3; i++) {
        const wall = await runCheck(page);
        const r = panel(page).locator('[data-testid="check-result"]');
        times.push(`${await r.getAttribute("data-ms")} ms（读取 ${await r.getAttribute("data-ms-read")}，检查 ${await r.getAttribute("data-ms-check")}；点击到显示 ${wall} ms）`);
      }
      console.log(`    ${n} 段：${times.join("；")}`);
      const longest = await page.evaluate(() => Math.round(Math.max(0, ...window.__longTasks)));
      console.log(`    最长的主线程阻塞：${longest} ms`);
      if (process.env.DEBUG_LONGTASKS) console.log(await page.evaluate(() => window.__longTasks.map(Math.round).join(",")));
      assert.ok(n >= 10000);
    },
  },
];
