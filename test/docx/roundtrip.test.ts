import fc from "fast-check";
import { readDocx } from "../../src/docx";
import { generateMaterial, toDocx } from "../../bench/generate";
import { esc, miniDocx } from "./helpers";

it("returns paragraph text exactly for arbitrary text split over several runs", () => {
  const char = fc.constantFrom(..."一二三（）()，。、“”‘’：；！？&<>\"' 　ab1XX××…—﻿\u00a0".split(""));
  const text = fc.array(char, { maxLength: 30 }).map((a) => a.join(""));
  fc.assert(
    fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), (paras) => {
      const body = paras
        .map((runs) => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${esc(r).replace(/"/g, "&quot;")}</w:t></w:r>`).join("")}</w:p>`)
        .join("");
      const got = readDocx(miniDocx({ body })).paragraphs.map((p) => p.text);
      expect(got).toEqual(paras.map((runs) => runs.join("")));
    }),
    { numRuns: 60 },
  );
});

it("reads the benchmark generator's Word-like .docx (numeric heading style ids, split runs)", () => {
  const ps = generateMaterial(300);
  const doc = readDocx(toDocx(ps));
  expect(doc.paragraphs.map((p) => p.text)).toEqual(ps.map((p) => p.text));
  expect(doc.paragraphs.map((p) => p.headingLevel)).toEqual(ps.map((p) => (p.level ? p.level : null)));
  expect(doc.paragraphs[0].styleName).toBe("Title");
  expect(doc.paragraphs[5].styleName).toBe("heading 2");
});

it("the benchmark's messy material gives the rules real work through readDocx + checkDocument", () => {
  const { checkDocument } = jest.requireActual("../../src/core/checker") as typeof import("../../src/core/checker");
  const clean = checkDocument(readDocx(toDocx(generateMaterial(1000))));
  const messy = checkDocument(readDocx(toDocx(generateMaterial(1000, 2025, { messyEvery: 8 }))));
  const rules = new Set(messy.findings.map((f) => f.ruleId));
  for (const id of ["copy-residue", "placeholder", "numbering", "objective-cause", "achievement-in-problems", "canonical-term", "missing-example"]) expect(rules).toContain(id);
  expect(messy.findings.length).toBeGreaterThan(clean.findings.length + 50);
});
