/**
 * Zip archives written byte by byte, for bad-input tests: entries may lie about their sizes, and
 * a decompression bomb is built from one deflated megabyte repeated (full-flush segments
 * concatenated), so a test never has to compress hundreds of megabytes.
 */
import * as zlib from "node:zlib";

export interface RawEntry {
  name: string;
  /** Raw deflate data (method 8) or the stored bytes (method 0). */
  data: Uint8Array;
  method?: 0 | 8;
  /** Uncompressed size to claim in the headers. */
  size: number;
}

function le(n: number, bytes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes; i++) out.push(Math.floor(n / 2 ** (8 * i)) & 0xff);
  return out;
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const method = e.method ?? 8;
    const common = [...le(20, 2), ...le(0x800, 2), ...le(method, 2), 0, 0, 0x21, 0, ...le(0, 4), ...le(e.data.length, 4), ...le(e.size, 4), ...le(name.length, 2), 0, 0];
    const local = Uint8Array.from([...le(0x04034b50, 4), ...common, ...name]);
    central.push(...le(0x02014b50, 4), ...le(20, 2), ...common, 0, 0, 0, 0, 0, 0, ...le(0, 4), ...le(offset, 4), ...name);
    parts.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const count = entries.length;
  const eocd = [...le(0x06054b50, 4), 0, 0, 0, 0, ...le(count, 2), ...le(count, 2), ...le(central.length, 4), ...le(offset, 4), 0, 0];
  return Buffer.concat([...parts, Uint8Array.from(central), Uint8Array.from(eocd)]);
}

/** Raw deflate of `unit` repeated `times` times, costing one compression of `unit`. */
export function repeatedDeflate(unit: Uint8Array, times: number): Uint8Array {
  const segment = zlib.deflateRawSync(unit, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const out = Buffer.alloc(segment.length * times + 2);
  for (let i = 0; i < times; i++) segment.copy(out, i * segment.length);
  out[out.length - 2] = 0x03; // an empty final block (fixed Huffman, end-of-block)
  out[out.length - 1] = 0x00;
  return out;
}

export function deflate(s: string | Uint8Array): Uint8Array {
  return zlib.deflateRawSync(typeof s === "string" ? Buffer.from(s, "utf8") : s);
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * A .docx whose word/document.xml is a real, well-formed document: a head, `units` times
 * `unitBytes` (default 1 MB) of empty paragraphs, a tail.
 * `claim` is the uncompressed size the archive states (a bomb may lie).
 */
export function bombDocx(units: number, claim?: number, unitBytes = 1 << 20): Uint8Array {
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>炸弹</w:t></w:r></w:p>`;
  const tail = `</w:body></w:document>`;
  const unit = Buffer.from("<w:p/>".repeat(Math.floor(unitBytes / 6)), "utf8");
  const body = repeatedDeflate(unit, units);
  const headZ = zlib.deflateRawSync(Buffer.from(head), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const tailZ = zlib.deflateRawSync(Buffer.from(tail));
  // head segment + body segments (without their final block) + tail (final).
  const data = Buffer.concat([headZ, body.subarray(0, body.length - 2), tailZ]);
  const size = Buffer.byteLength(head) + unit.length * units + tail.length;
  return rawZip([{ name: "word/document.xml", data, size: claim ?? size }]);
}
