/** @jest-environment jsdom */
import { allPresets, getPreset, setUserThemes } from "../../src/core";
import { SHIPPED_THEME_FILES } from "../../src/data/presets";
import { clearImportedPresets, importPresetText, installStoredPresets, presetStorageKey } from "../../src/taskpane/presetStore";

function theme(id: string, label: string): string {
  const base = JSON.parse(JSON.stringify(Object.values(SHIPPED_THEME_FILES).find((j) => (j as { id: string }).id === "dlsh-2025")));
  return JSON.stringify({ ...base, id, label });
}

beforeEach(() => {
  localStorage.clear();
  setUserThemes([]);
});

describe("本单位预设 store", () => {
  it("imports a valid file, installs it, and restores it at the next start", () => {
    const out = importPresetText("青禾.json", theme("qinghe-2025", "青禾县2025年度民主生活会"));
    expect(out.ok).toBe(true);
    expect(out.message).toContain("青禾县2025年度民主生活会");
    expect(getPreset("qinghe-2025/banzi")).toBeDefined();
    setUserThemes([]); // as on a fresh start
    expect(getPreset("qinghe-2025/banzi")).toBeUndefined();
    expect(installStoredPresets()).toEqual(["青禾.json"]);
    expect(getPreset("qinghe-2025/geren")).toBeDefined();
  });

  it("rejects malformed JSON, a wrong schema and an oversized file, changing nothing", () => {
    importPresetText("a.json", theme("qinghe-2025", "青禾县2025年度民主生活会"));
    const stored = localStorage.getItem(presetStorageKey());
    const ids = allPresets().map((p) => p.id);
    for (const [name, text, why] of [
      ["b.json", "{ 不是 JSON", /不是有效的 JSON/],
      ["c.json", JSON.stringify({ id: "x", label: "缺字段" }), /不是有效的预设文件/],
      ["d.json", "x".repeat(2 * 1024 * 1024 + 1), /超过 2 MB/],
    ] as const) {
      const out = importPresetText(name, text);
      expect(out.ok).toBe(false);
      expect(out.message).toMatch(why);
      expect(localStorage.getItem(presetStorageKey())).toBe(stored);
      expect(allPresets().map((p) => p.id)).toEqual(ids);
    }
  });

  it("re-importing a file of the same name replaces it; 恢复内置预设 removes all", () => {
    importPresetText("a.json", theme("qinghe-2025", "第一版"));
    importPresetText("a.json", theme("qinghe-2025", "第二版"));
    expect(getPreset("qinghe-2025/banzi")?.label).toBe("第二版 · 班子");
    clearImportedPresets();
    expect(getPreset("qinghe-2025/banzi")).toBeUndefined();
    expect(installStoredPresets()).toEqual([]);
  });
});
