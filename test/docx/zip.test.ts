/**
 * inflateEntry's two paths: one call into a buffer of the declared size, and the capped streaming
 * inflate it falls back to. Whatever the archive claims, the bytes are the real ones, and nothing
 * past the cap (or past an absurd ratio) is produced.
 */
import * as zlib from "node:zlib";
import { inflateEntry, InflateLimitError, listEntries, MAX_RATIO, ONE_SHOT_MAX_COMPRESSED, RATIO_MIN_OUTPUT, type ZipEntry } from "../../src/docx/zip";
import { readDocx } from "../../src/docx";
import { DocxReadError } from "../../src/docx/errors";
import { p, W_NS } from "./helpers";
import { bombDocx, deflate, rawZip, repeatedDeflate } from "./rawZip";

/** Text with some variety, so it compresses like a real part (not like a bomb). */
function sampleXml(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(p(`第${i}段：对照检查材料中的一段正文，编号 ${(i * 7919) % 10007}。`));
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${body.join("")}</w:body></w:document>`;
}

function entryOf(zip: Uint8Array, claim?: number): ZipEntry {
  const e = listEntries(zip)[0];
  return claim === undefined ? e : { ...e, size: claim };
}

function limitError(f: () => unknown): InflateLimitError {
  try {
    f();
  } catch (e) {
    if (e instanceof InflateLimitError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("inflateEntry", () => {
  const xml = Buffer.from(sampleXml(300), "utf8");

  it.each([
    ["Huffman-coded", deflate(xml)],
    ["stored blocks (level 0)", zlib.deflateRawSync(xml, { level: 0 })],
  ])("returns the real bytes whatever size a %s entry declares", (_label, data) => {
    const zip = rawZip([{ name: "word/document.xml", data, size: xml.length }]);
    expect(data.length).toBeLessThan(ONE_SHOT_MAX_COMPRESSED);
    for (const claim of [xml.length, xml.length - 1, Math.floor(xml.length / 2), 1, 0, xml.length + 1, xml.length * 3]) {
      const out = inflateEntry(zip, entryOf(zip, claim), 64 * 1024 * 1024);
      expect(out.length).toBe(xml.length);
      expect(Buffer.from(out).equals(xml)).toBe(true);
    }
  });

  it("stops at the cap when the declared size is under it and the stream is not", () => {
    const zip = rawZip([{ name: "word/document.xml", data: deflate(xml), size: 100 }]);
    const e = limitError(() => inflateEntry(zip, entryOf(zip), xml.length - 1));
    expect(e.limit).toBe(xml.length - 1);
    expect(e.ratio).toBe(false);
    // An honest claim over the cap is refused before inflating.
    expect(limitError(() => inflateEntry(zip, entryOf(zip, xml.length), xml.length - 1)).ratio).toBe(false);
  });

  it("a damaged stream is corrupt-zip on both paths", () => {
    const good = deflate(xml);
    const broken = Uint8Array.from([...good.subarray(0, 40), 0xff, 0xff, 0xff, 0xff]);
    const zip = rawZip([{ name: "word/document.xml", data: broken, size: xml.length }]);
    for (const claim of [xml.length, 10]) {
      let err: unknown;
      try {
        inflateEntry(zip, entryOf(zip, claim), 64 * 1024 * 1024);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DocxReadError);
      expect((err as DocxReadError).code).toBe("corrupt-zip");
    }
  });

  it("stops a stream past an absurd compression ratio once past the minimum output, honest or lying", () => {
    // 40 MB of one repeated megabyte: about 1000:1, under every cap.
    const data = repeatedDeflate(Buffer.from("<w:p/>".repeat(Math.floor((1 << 20) / 6)), "utf8"), 40);
    const real = Math.floor((1 << 20) / 6) * 6 * 40;
    expect(real).toBeGreaterThan(RATIO_MIN_OUTPUT);
    expect(real / data.length).toBeGreaterThan(MAX_RATIO);
    const zip = rawZip([{ name: "word/document.xml", data, size: real }]);
    for (const claim of [real, 1000]) {
      const e = limitError(() => inflateEntry(zip, entryOf(zip, claim), 256 * 1024 * 1024));
      expect(e.ratio).toBe(true);
    }
    // Below the minimum output a high ratio is fine (the cap still applies).
    const small = repeatedDeflate(Buffer.from("<w:p/>".repeat(1000), "utf8"), 100);
    const zipSmall = rawZip([{ name: "word/document.xml", data: small, size: 600_000 }]);
    expect(inflateEntry(zipSmall, entryOf(zipSmall), 256 * 1024 * 1024).length).toBe(600_000);
  });
});

describe("readDocx with sizes that lie", () => {
  const doc = sampleXml(200);
  const honest = readDocx(rawZip([{ name: "word/document.xml", data: deflate(doc), size: Buffer.byteLength(doc) }]));

  it("reads the same document whether document.xml claims less or more than it holds", () => {
    expect(honest.paragraphs.length).toBe(200);
    for (const claim of [10, Buffer.byteLength(doc) - 1, Buffer.byteLength(doc) + 100]) {
      const doc2 = readDocx(rawZip([{ name: "word/document.xml", data: deflate(doc), size: claim }]));
      expect(doc2).toEqual(honest);
    }
  });

  it("refuses a lying bomb past the ratio limit with a Chinese message", () => {
    let err: unknown;
    try {
      readDocx(bombDocx(40, 1000));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DocxReadError);
    expect((err as DocxReadError).code).toBe("inflate-limit");
    expect((err as DocxReadError).message).toBe(`文件解压后过大（word/document.xml 解压后超过压缩前的 ${MAX_RATIO} 倍），可能是压缩炸弹，已停止读取`);
  });
});
