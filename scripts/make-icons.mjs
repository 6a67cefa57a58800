#!/usr/bin/env node
// Draws the add-in icons (assets/icon-{16,32,64,80,128}.png) with no image library: shapes are
// defined in a unit square, rendered with 4×4 supersampling and written by a minimal PNG encoder.
// Design: a red rounded square, a white sheet with text lines, and a gold check mark.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const RED = [196, 30, 36];
const WHITE = [255, 255, 255];
const LINE = [196, 30, 36];
const GOLD = [245, 190, 40];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
/** Colour at a point of the unit square, or null for transparent. */
function shade(x, y, size) {
  const small = size <= 20;
  // Check mark (drawn last, on top).
  const w = small ? 0.085 : 0.065;
  if (segDist(x, y, 0.5, 0.7, 0.62, 0.82) < w || segDist(x, y, 0.62, 0.82, 0.86, 0.5) < w) return GOLD;
  if (!roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) return null;
  // Sheet.
  if (roundedRect(x, y, 0.22, 0.14, 0.72, 0.86, 0.04)) {
    const lines = small ? [0.32, 0.5] : [0.28, 0.4, 0.52, 0.64];
    for (const ly of lines) {
      const x1 = ly === lines[lines.length - 1] ? 0.48 : 0.62;
      if (x >= 0.31 && x <= x1 && Math.abs(y - ly) < (small ? 0.045 : 0.028)) return LINE;
    }
    return WHITE;
  }
  return RED;
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((255 * a) / (S * S));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(`assets/icon-${size}.png`, png(size));
  console.log(`assets/icon-${size}.png`);
}
