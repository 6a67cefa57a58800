import { createWordHost } from "../../src/playground/host";
import { createWpsHost } from "../../src/playground/wps/sim";
import { wordHost } from "../../src/office";
import * as officeRead from "../../src/office/read";
import * as officeNavigate from "../../src/office/navigate";
import { fingerprint as officeFingerprint, nearestMatch as officeNearest } from "../../src/office/navigate";
import { fingerprint, nearestMatch } from "../../src/host/fingerprint";
import { missingCapabilityNotes, type DocumentHost } from "../../src/host/port";
import { isWps, waitForWps, wpsHost, WPS_STORAGE_PREFIX } from "../../src/wps";
import { MSG_NO_DOCUMENT, MSG_NO_WPS } from "../../src/wps/app";
import { skeletonBuilder } from "../../src/core/skeletonPlan";
import { getPreset } from "../../src/core";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  for (const k of ["Office", "Word", "OfficeExtension", "wps", "Application"]) delete g[k];
  jest.restoreAllMocks();
});

const MEMBERS: (keyof DocumentHost)[] = [
  "capabilities", "boot", "readDocument", "insertSkeletonAtCursor", "lastInsertion", "undoLastInsertion", "insertAtCursor",
  "applyFix", "paragraphRef", "selectParagraph", "clearHighlight", "applyOfficialFormat", "userMessage", "partitionKey",
  "themeBackground", "onThemeChanged", "insertRefusal", "openAddinPage",
];

describe("wordHost", () => {
  test("implements every member of the port", () => {
    const host: DocumentHost = wordHost;
    expect(host.kind).toBe("word");
    for (const m of MEMBERS) expect(typeof host[m]).toBe("function");
  });

  test("delegates to the src/office functions with the same arguments and results", async () => {
    const sim = createWordHost({ paragraphs: [{ text: "一、存在的问题", styleBuiltIn: "Heading1" }, { text: "学习不够。" }] });
    sim.install(globalThis);
    const read = jest.spyOn(officeRead, "readDocument");
    sim.resetSyncCount();
    const r = await wordHost.readDocument();
    expect(read).toHaveBeenCalledTimes(1);
    expect(r.syncs).toBe(sim.syncCount());
    const ref = jest.spyOn(officeNavigate, "paragraphRef");
    expect(wordHost.paragraphRef(r.model, 1)).toEqual(officeNavigate.paragraphRef(r.model, 1));
    expect(ref).toHaveBeenCalledWith(r.model, 1);
    const sel = jest.spyOn(officeNavigate, "selectParagraph");
    const out = await wordHost.selectParagraph(wordHost.paragraphRef(r.model, 1), { highlight: false });
    expect(sel).toHaveBeenCalledWith(expect.objectContaining({ index: 1 }), { highlight: false });
    expect(out.ok).toBe(true);
    const ins = await wordHost.insertSkeletonAtCursor(skeletonBuilder(getPreset("dlsh-2025/banzi")!, { section: "原因分析", label: "原因分析" }));
    expect(ins.syncs).toBe(2);
    expect(wordHost.lastInsertion()?.tag).toBe(ins.tag);
    expect(wordHost.capabilities()).toMatchObject({ contentControls: true, highlight: true, paragraphIds: true });
    expect(wordHost.userMessage({ code: "AccessDenied" })).toContain("只读");
  });

  test("capabilities follow the requirement sets", () => {
    createWordHost({ requirementSets: { WordApi: "1.3" } }).install(globalThis);
    const notes = missingCapabilityNotes(wordHost);
    expect(wordHost.capabilities()).toMatchObject({ highlight: false, paragraphIds: false, excludeTrackedDeletions: false });
    expect(notes.some((n) => n.includes("临时高亮"))).toBe(true);
    expect(notes.every((n) => n.startsWith("Word"))).toBe(true);
  });
});

describe("wpsHost", () => {
  test("implements every member of the port; storage prefix, no theme, fixed capabilities with Chinese notes", () => {
    const host: DocumentHost = wpsHost;
    expect(host.kind).toBe("wps");
    for (const m of MEMBERS) expect(typeof host[m]).toBe("function");
    expect(host.partitionKey()).toBe(WPS_STORAGE_PREFIX);
    expect(host.themeBackground()).toBeUndefined();
    expect(() => host.onThemeChanged(() => undefined)).not.toThrow();
    const notes = missingCapabilityNotes(host);
    expect(notes.length).toBe(4);
    expect(notes.join("")).toMatch(/【……】/);
  });

  test("boot and detection by window.wps", async () => {
    expect(isWps()).toBe(false);
    expect(await waitForWps()).toEqual({ kind: "error", message: MSG_NO_WPS });
    expect(await wpsHost.boot()).toEqual({ kind: "error", message: MSG_NO_WPS });
    createWpsHost().install(globalThis);
    expect(isWps()).toBe(true);
    expect(await wpsHost.boot()).toEqual({ kind: "ready" });
  });

  test("works through wps.WpsApplication() when window.Application is absent", async () => {
    const sim = createWpsHost({ paragraphs: [{ text: "正文" }] });
    g.wps = sim.wps;
    const r = await wpsHost.readDocument();
    expect(r.model.paragraphs.map((p) => p.text)).toEqual(["正文"]);
  });

  test("no open document: a Chinese message whether ActiveDocument is null or throws", async () => {
    g.wps = {};
    g.Application = { get ActiveDocument() { return null; } };
    await expect(wpsHost.readDocument()).rejects.toThrow(MSG_NO_DOCUMENT);
    g.Application = { get ActiveDocument() { throw new Error("no doc"); } };
    await expect(wpsHost.insertAtCursor("x")).rejects.toThrow(MSG_NO_DOCUMENT);
  });

  test("userMessage: locked documents and unknown errors in Chinese", () => {
    expect(wpsHost.userMessage(Object.assign(new Error("x"), { number: 4605 }))).toContain("只读");
    expect(wpsHost.userMessage(new Error("boom"), "插入")).toBe("插入失败：boom");
    expect(wpsHost.userMessage(new Error("document is locked"), "定位", false)).toBe("定位失败：document is locked");
  });
});

describe("insertion refusals", () => {
  test("Word: DuplicateError → jump to the existing heading; nested placeholder → insert at the end; others null", () => {
    const { DuplicateError, NESTED_CODE, UserError } = jest.requireActual("../../src/office/errors");
    expect(wordHost.insertRefusal(new DuplicateError("已有", 4, "二、原因分析", "p4"))).toEqual({
      kind: "duplicate",
      ref: { index: 4, id: "p4", fingerprint: fingerprint("二、原因分析") },
    });
    expect(wordHost.insertRefusal(new UserError("嵌套", NESTED_CODE))).toEqual({ kind: "nested" });
    expect(wordHost.insertRefusal(new Error("x"))).toBeNull();
  });

  test("WPS: `existing` is checked on the whole body before anything is written; the refusal points at the heading", async () => {
    const sim = createWpsHost({ paragraphs: [{ text: "一、存在的问题", styleBuiltIn: "Heading1" }, { text: "学习不够。" }, { text: "二、原因分析", styleBuiltIn: "Heading1" }] });
    sim.install(globalThis);
    const before = (await wpsHost.readDocument()).model.paragraphs.length;
    const build = skeletonBuilder(getPreset("dlsh-2025/banzi")!, { section: "原因分析", label: "原因分析" });
    const existing = (all: { text: string }[]) => {
      const i = all.findIndex((p) => p.text.includes("原因分析"));
      return i >= 0 ? { paragraph: i, message: "文档中已有“原因分析”部分，未重复插入。" } : null;
    };
    const err = await wpsHost.insertSkeletonAtCursor(build, { existing }).catch((e: unknown) => e);
    expect(wpsHost.userMessage(err)).toBe("文档中已有“原因分析”部分，未重复插入。");
    expect(wpsHost.insertRefusal(err)).toEqual({ kind: "duplicate", ref: { index: 2, fingerprint: fingerprint("二、原因分析") } });
    expect((await wpsHost.readDocument()).model.paragraphs.length).toBe(before);
    expect(wpsHost.insertRefusal(new Error("x"))).toBeNull();
    const ins = await wpsHost.insertSkeletonAtCursor(build);
    expect(ins.paragraphs).toBeGreaterThan(0);
  });

  test("WPS opens the 审核台 in a new window", () => {
    const open = jest.fn(() => null);
    g.open = open;
    try {
      wpsHost.openAddinPage("review.html");
      expect(open).toHaveBeenCalledWith(expect.stringMatching(/review\.html$/), "_blank", "noopener");
    } finally {
      delete g.open;
    }
  });
});

describe("shared fingerprint", () => {
  test("identical to src/office's", () => {
    const samples = ["", "一、存在的问题", "（一） 在  深化理论武装方面\r", "ＡＢＣ１２３，abc", "a\nb"];
    for (const s of samples) expect(fingerprint(s)).toBe(officeFingerprint(s));
    const texts = ["a", "b", "c", "b"];
    for (const i of [0, 1, 3]) expect(nearestMatch(texts, i, fingerprint("b"))).toBe(officeNearest(texts, i, officeFingerprint("b")));
  });
});
