/**
 * "Done when" of issue 3, end to end through readDocx + checkDocument: each complete material type
 * as a .docx in three forms (see ./materials) reports no missing-section for its present sections;
 * removing a top-level section is reported with its canonical name; copy residue and numbering
 * slips pasted into it are found.
 */
import { readDocx } from "../../src/docx";
import { checkDocument } from "../../src/core/checker";
import { FORMS, MATERIALS, materialDocx as toDocx, parseOutline, withoutSection, type Node } from "./materials";


describe.each(MATERIALS)("$type material ($file) as .docx", (m) => {
  const nodes = parseOutline(m.file);

  it("the test's own outline finds the top-level headings", () => {
    expect(nodes.filter((nd) => nd.level === 1).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(FORMS)("%s form", (form) => {
    const check = (ns: Node[], localized = false) => checkDocument(readDocx(toDocx(ns, form, localized)));

    it("is detected, has its sections, and reports no missing-section and no error", () => {
      for (const localized of form === "styled" ? [false, true] : [false]) {
        const r = check(nodes, localized);
        expect(r.preset.id).toBe(m.preset);
        expect(r.sections.map((s) => s.kind).filter((k) => k !== null && k !== "导语" && k !== "结束语")).toEqual(m.kinds);
        expect(r.findings.filter((f) => f.ruleId === "missing-section")).toEqual([]);
        expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
        // A complete, well-formed material must not drown in warnings.
        expect(r.findings.filter((f) => f.severity === "warning").length).toBeLessThanOrEqual(2);
      }
    });

    it.each(m.remove)("removing the section headed “…%s…” reports missing-section %s", (needle, kind) => {
      const r = check(withoutSection(nodes, needle));
      const missing = r.findings.filter((f) => f.ruleId === "missing-section");
      expect(missing.map((f) => f.data?.section)).toEqual([kind]);
      expect(missing[0].severity).toBe("error");
      expect(missing[0].message).toContain(`“${kind}”`);
    });

    it("finds a pasted website watermark and a run-in numbering slip", () => {
      const problems = nodes.findIndex((nd) => nd.level === 1 && nd.text.includes("存在"));
      const firstRunIn = nodes.findIndex((nd, i) => i > problems && nd.level === null && nd.text.startsWith("一是"));
      const slip: Node = { level: null, text: "三是会议部署多、跟踪问效少。比如，今年二季度的4项督办事项有1项逾期。“公文范例网，www.gongwen-example.com”" };
      const messy = [...nodes];
      if (firstRunIn > problems) {
        // 一是 … then 三是: 二是 skipped; the watermark is glued to the end of the paragraph.
        messy.splice(firstRunIn + 1, 0, slip);
      } else {
        // No 一是 points in this material (1. items): add a 一是 / 三是 pair after the first item.
        const firstItem = nodes.findIndex((nd, i) => i > problems && nd.level === 3);
        expect(firstItem).toBeGreaterThan(problems);
        messy.splice(firstItem + 1, 0, { level: null, text: "一是对新入职党员的跟踪培养不够。比如，今年接收的2名预备党员只谈过一次话。" }, slip);
      }
      const r = check(messy);
      const residue = r.findings.filter((f) => f.ruleId === "copy-residue");
      expect(residue).toHaveLength(1);
      expect(residue[0].data?.residue).toEqual(["“公文范例网，www.gongwen-example.com”"]);
      expect(residue[0].message).toContain("公文范例网，www.gongwen");
      const slips = r.findings.filter((f) => f.ruleId === "numbering" && /三是/.test(f.message));
      expect(slips).toHaveLength(1);
      expect(slips[0].message).toMatch(/二是/);
    });
  });
});
