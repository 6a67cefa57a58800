/**
 * Reading selected parts of a zip archive with bounded memory. The central directory is parsed
 * here; each wanted part is inflated either in one call into a buffer of its declared size (when
 * that size is under the cap: the real size is checked, fflate never writes past the buffer) or
 * with fflate's streaming Inflate in small slices, counting the bytes actually produced, so a
 * decompression bomb is stopped at its cap or at an absurd compression ratio instead of being
 * inflated whole (the sizes an archive claims are only a first check: a bomb may lie about them).
 * Browser-safe: Uint8Array and fflate only.
 */
import { Inflate, inflateSync } from "fflate";
import { DocxReadError } from "./errors";

export interface ZipEntry {
  /** Name as stored (case kept). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As claimed by the archive. */
  size: number;
  localOffset: number;
}

/** Thrown when a part (or all parts together) would inflate past its cap, or past an absurd ratio (`ratio`). */
export class InflateLimitError extends Error {
  constructor(
    readonly limit: number,
    readonly ratio = false,
  ) {
    super("inflate limit");
    this.name = "InflateLimitError";
  }
}

const corrupt = (detail: string) => new DocxReadError("corrupt-zip", "文件已损坏：zip 压缩包不完整或无法解压", detail);

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  // Exact below 2^53, far beyond any file we accept.
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

const utf8 = new TextDecoder("utf-8");

/** Entries of the central directory; throws DocxReadError("corrupt-zip") when it cannot be found or read. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  const n = bytes.length;
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 0xffff; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end of central directory");
  let count = u16(bytes, eocd + 10);
  let cdOffset = u32(bytes, eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) {
    const z64 = u64(bytes, eocd - 20 + 8);
    if (z64 + 56 > n || u32(bytes, z64) !== 0x06064b50) throw corrupt("bad zip64 end of central directory");
    count = u64(bytes, z64 + 32);
    cdOffset = u64(bytes, z64 + 48);
  }
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || u32(bytes, p) !== 0x02014b50) throw corrupt("bad central directory entry");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const nameStart = p + 46;
    if (nameStart + nameLen + extraLen > n) throw corrupt("central directory entry past the end");
    const name = utf8.decode(bytes.subarray(nameStart, nameStart + nameLen));
    // Zip64 extended information: only the fields that overflowed are present, in this order.
    for (let e = nameStart + nameLen, end = e + extraLen; e + 4 <= end; ) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) {
          size = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    out.push({ name, method, flags, compressedSize, size, localOffset });
    p = nameStart + nameLen + extraLen + commentLen;
  }
  return out;
}

const SLICE = 64 * 1024;

/**
 * The one-shot path (below) is only taken for streams up to 1 MB (a 10,000-paragraph document as
 * Word writes it is about 0.4 MB): if the declared size is a lie, fflate still runs the whole stream
 * — its writes past the buffer are dropped, so memory stays bounded, but not the work — and since
 * deflate expands at most about 1032:1, 1 MB × 1032 ≈ 1 GB of dropped output is a few times the work the streaming path does anyway
 * before it stops a bomb at the 256 MB document cap.
 */
export const ONE_SHOT_MAX_COMPRESSED = 1024 * 1024;
/**
 * Real Word parts compress 5–50:1 and rarely beyond 200:1; bombs come close to 1032:1. Past this
 * ratio, once more than RATIO_MIN_OUTPUT bytes have come out, inflating stops (InflateLimitError with
 * `ratio` set): a bomb is refused after one slice instead of at its cap.
 */
export const MAX_RATIO = 400;
export const RATIO_MIN_OUTPUT = 32 * 1024 * 1024;

/**
 * Inflate the raw deflate `data` into a buffer of the declared size plus one byte. Returns the
 * output when the stream ends within the declared size; null when it runs past it (the archive
 * lies: the caller falls back to the capped streaming path). fflate with a caller's buffer never
 * grows it (Huffman-coded output past the end is dropped, a stored block past the end throws), so
 * nothing beyond `size + 1` bytes is ever allocated.
 */
function inflateDeclared(data: Uint8Array, size: number): Uint8Array | null {
  const out = inflateSync(data, { out: new Uint8Array(size + 1) });
  return out.length > size ? null : out;
}

/**
 * The uncompressed bytes of one entry, never producing more than `limit` bytes (one slice of
 * output beyond it at most is ever held). Throws InflateLimitError past the limit or past an
 * absurd compression ratio, and DocxReadError for a damaged or unsupported entry.
 *
 * When the declared size is under the limit and plausible, the entry is inflated in one call into
 * a buffer of that size (about 3× faster than streaming, and no copies); the real size is checked
 * and a stream longer than declared is read again by the capped streaming path.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, limit: number): Uint8Array {
  if (e.flags & 1) throw new DocxReadError("encrypted", "文档已加密，请另存为未加密的 .docx 后再检查");
  if (e.size > limit) throw new InflateLimitError(limit);
  const h = e.localOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw corrupt("bad local header");
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw corrupt("entry past the end");
  const data = bytes.subarray(start, end);
  if (e.method === 0) {
    if (data.length > limit) throw new InflateLimitError(limit);
    return data;
  }
  if (e.method !== 8) throw corrupt(`unsupported compression method ${e.method}`);
  if (data.length > 0 && e.size > 0 && data.length <= ONE_SHOT_MAX_COMPRESSED && (e.size <= RATIO_MIN_OUTPUT || e.size <= data.length * MAX_RATIO)) {
    let out: Uint8Array | null = null;
    try {
      out = inflateDeclared(data, e.size);
    } catch {
      // A damaged stream, or a stored block past the buffer (fflate then throws a RangeError): the
      // streaming path below reads it again and reports what it is.
    }
    if (out) return out;
  }
  return inflateStreaming(data, limit);
}

/** Capped streaming inflate: 64 KB of input at a time, counting the bytes actually produced. */
function inflateStreaming(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  let consumed = 0;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimitError(limit);
    if (total > RATIO_MIN_OUTPUT && total > consumed * MAX_RATIO) throw new InflateLimitError(limit, true);
    if (chunk.length) chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < data.length && !done; i += SLICE) {
      const last = i + SLICE >= data.length;
      consumed = Math.min(i + SLICE, data.length);
      inflater.push(data.subarray(i, consumed), last);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof InflateLimitError) throw err;
    if (err instanceof RangeError) throw new InflateLimitError(limit);
    throw corrupt(String(err));
  }
  if (!done) throw corrupt("deflate stream ended early");
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
