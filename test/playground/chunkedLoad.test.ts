/**
 * The playground's long-document load (issue 14 §2): paragraphs built in slices equal the one-step
 * build, the document is swapped in only when complete, a newer document abandons an older load,
 * and loading() reports the state. (No Worker in jest: the file is read on this thread here; the
 * worker path is exercised by test/browser/large.spec.mjs.)
 */
import { generateMaterial, toDocx } from "../../bench/generate";
import { createWordHost } from "../../src/playground/host";
import { createDemo } from "../../src/playground/demo";
import { buildParagraphs } from "../../src/playground/chunkedLoad";
import { toSimParagraphs } from "../../src/playground/convert";
import { readDocx } from "../../src/docx";
import type { Paragraph } from "../../src/core/types";

const strip = (ps: { uid: string }[]) => ps.map(({ uid: _uid, ...rest }) => rest);

function material(n: number): Paragraph[] {
  const ps = readDocx(toDocx(generateMaterial(n, 7))).paragraphs;
  // Tables and list strings too, so the sliced converter's table numbering is exercised.
  return ps.map((p, i) => (i % 50 < 3 ? { ...p, inTable: true } : i % 70 === 0 ? { ...p, listString: "（一）" } : p));
}

describe("chunked playground load", () => {
  test("slices build the same paragraphs as setParagraphs, with progress, and nothing is applied before the end", async () => {
    const ps = material(6000);
    const host = createWordHost();
    const before = host.doc.body;
    const progress: number[] = [];
    // sliceMs 0: every slice is the minimum of 256 paragraphs, so the slicing is deterministic.
    const built = await buildParagraphs(
      host.doc,
      ps,
      () => true,
      (done) => {
        progress.push(done);
        // The document is untouched while slices are being built.
        expect(host.doc.body).toBe(before);
      },
      0,
    );
    expect(built).not.toBeNull();
    const reference = createWordHost();
    reference.doc.setParagraphs(toSimParagraphs(ps));
    expect(strip(built!)).toEqual(strip(reference.doc.body));
    expect(progress).toEqual(Array.from({ length: Math.ceil(ps.length / 256) - 1 }, (_, k) => (k + 1) * 256));
  });

  test("abandoned when another document was opened meanwhile", async () => {
    const ps = material(3000);
    const host = createWordHost();
    let asked = 0;
    const built = await buildParagraphs(host.doc, ps, () => ++asked < 3, () => {}, 0);
    expect(built).toBeNull();
    expect(asked).toBe(3);
  });

  test("loadDocx: loading() while under way, the whole document at the end", async () => {
    const host = createWordHost();
    const errors: (string | null)[] = [];
    const demo = createDemo(host, (m) => errors.push(m));
    const states: (string | null)[] = [];
    demo.subscribeLoading(() => states.push(demo.loading()));
    const bytes = toDocx(generateMaterial(3000, 11));
    const expected = readDocx(bytes).paragraphs.map((p) => p.text);
    const p = demo.loadDocx(bytes);
    expect(demo.loading()).toMatch(/^正在载入…/);
    await p;
    expect(demo.loading()).toBeNull();
    expect(states[0]).toMatch(/^正在载入…/);
    expect(states[states.length - 1]).toBeNull();
    expect(demo.paragraphs().map((x) => x.text)).toEqual(expected);
    expect(errors).toEqual([null]);
  });

  test("a document opened while a .docx loads wins; the older load resolves without applying", async () => {
    const host = createWordHost();
    const demo = createDemo(host, () => {});
    const p = demo.loadDocx(toDocx(generateMaterial(3000, 12)));
    demo.loadText("一是学习不够。");
    await p;
    expect(demo.paragraphs().map((x) => x.text)).toEqual(["一是学习不够。"]);
    expect(demo.loading()).toBeNull();
  });
});
