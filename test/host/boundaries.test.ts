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

// The entries are the composition roots: each picks its host and renders the pane. Nothing else
// under src/taskpane may reach a host implementation; the pane goes through src/host/port.ts
// (src/taskpane/host.tsx: HostContext / useHost / currentHost).
const ENTRIES: Record<string, string> = {
  [path.join(src, "taskpane/index.tsx")]: "office",
  [path.join(src, "wps/entry.tsx")]: "taskpane",
};

test("dependencies point one way: host ← office, host ← wps; taskpane imports no wps; wps imports no office", () => {
  const bad: string[] = [];
  for (const f of files(src)) {
    for (const target of imports(f)) {
      if (under(f, "host") && (under(target, "office") || under(target, "wps") || under(target, "taskpane"))) bad.push(`${f} → ${target}`);
      if (under(f, "wps") && (under(target, "office") || (under(target, "taskpane") && ENTRIES[f] !== "taskpane") || under(target, "playground"))) bad.push(`${f} → ${target}`);
      if (under(f, "taskpane") && under(target, "wps")) bad.push(`${f} → ${target}`);
    }
  }
  expect(bad.map((b) => path.relative(src, b))).toEqual([]);
});


test("no file under src/taskpane imports src/office or src/wps (except the Word entry's wordHost)", () => {
  const bad: string[] = [];
  for (const f of files(path.join(src, "taskpane"))) {
    for (const target of imports(f)) {
      if (under(target, "wps")) bad.push(`${f} → ${target}`);
      if (under(target, "office") && !(ENTRIES[f] === "office" && target === path.join(src, "office"))) bad.push(`${f} → ${target}`);
    }
  }
  expect(bad.map((b) => path.relative(src, b))).toEqual([]);
});

test("src/wps imports the pane only from its entry (src/wps/entry.tsx), and only its Root and host context", () => {
  const bad: string[] = [];
  for (const f of files(path.join(src, "wps"))) {
    for (const target of imports(f)) {
      if (!under(target, "taskpane")) continue;
      const allowed = ENTRIES[f] === "taskpane" && [path.join(src, "taskpane/Root"), path.join(src, "taskpane/host")].includes(target);
      if (!allowed) bad.push(`${f} → ${target}`);
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
