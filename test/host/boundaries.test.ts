import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const src = path.resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => path.resolve(path.dirname(file), m[1]));
}

const under = (p: string, dir: string) => p === path.join(src, dir) || p.startsWith(path.join(src, dir) + path.sep);

test("dependencies point one way: host ← office, host ← wps; taskpane imports no wps; wps imports no office", () => {
  const bad: string[] = [];
  for (const f of files(src)) {
    for (const target of imports(f)) {
      if (under(f, "host") && (under(target, "office") || under(target, "wps") || under(target, "taskpane"))) bad.push(`${f} → ${target}`);
      if (under(f, "wps") && (under(target, "office") || under(target, "taskpane") || under(target, "playground"))) bad.push(`${f} → ${target}`);
      if (under(f, "taskpane") && under(target, "wps")) bad.push(`${f} → ${target}`);
    }
  }
  expect(bad.map((b) => path.relative(src, b))).toEqual([]);
});

test("only src/office calls Office.js (Word.run) and only src/wps uses the WPS application object", () => {
  for (const f of files(src)) {
    const text = readFileSync(f, "utf8");
    if (under(f, "wps")) expect(text).not.toMatch(/\bWord\.run\b|\bOffice\.context\b/);
    if (under(f, "host")) expect(text).not.toMatch(/\bWord\.run\b|ActiveDocument|WpsApplication/);
  }
});
