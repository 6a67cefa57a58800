import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { allPresets, detectPreset, getPreset, listThemes, parsePresetFile, PresetError, titleHints } from "../../src/core/presets";
import { validateTheme } from "../../src/core/presetValidate";
import { SHIPPED_THEME_FILES } from "../../src/data/presets";
import schema from "../../src/data/preset.schema.json";
import { validateSchema } from "./jsonSchema";
import { doc, loadFixture } from "./helpers";

const DIR = join(__dirname, "..", "..", "src", "data", "presets");
const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
const read = (f: string) => JSON.parse(readFileSync(join(DIR, f), "utf8"));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe("shipped preset files", () => {
  it("are all registered in src/data/presets/index.ts", () => {
    expect(Object.keys(SHIPPED_THEME_FILES).sort()).toEqual(files);
  });

  it.each(files)("%s satisfies preset.schema.json and the validator", (f) => {
    const json = read(f);
    expect(validateSchema(schema, json)).toEqual([]);
    expect(() => validateTheme(json, f)).not.toThrow();
    expect(json.id).toBe(f.replace(/\.json$/, ""));
  });

  it("the schema and the validator reject the same broken files", () => {
    const base = read("dlsh-2025.json");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately breaking arbitrary fields
    const broken: [string, (t: Record<string, any>) => void][] = [
      ["missing aspects", (t) => delete t.aspects],
      ["bad kind", (t) => (t.materials.banzi.sections[1].kind = "问题")],
      ["bad window", (t) => (t.window.start = "2026-13")],
      ["bad meeting", (t) => (t.meeting = "座谈会")],
      ["empty keywords", (t) => (t.aspects[0].keywords = [])],
      ["unknown field", (t) => (t.colour = "red")],
      ["bad material", (t) => (t.materials.jiguan = t.materials.banzi)],
      ["bad id", (t) => (t.id = "DLSH 2025")],
      ["year as text", (t) => (t.year = "2025")],
    ];
    for (const [name, breakIt] of broken) {
      const t = clone(base);
      breakIt(t);
      expect([name, validateSchema(schema, t).length > 0]).toEqual([name, true]);
      expect(() => validateTheme(t, "x")).toThrow(PresetError);
    }
  });
});

describe("preset API", () => {
  it("lists the required themes", () => {
    const ids = listThemes().map((t) => t.id);
    for (const id of ["dlsh-2021", "dlsh-2022", "dlsh-2023", "dlsh-2024", "dlsh-2025", "zzsh-2022", "zzsh-2024", "zzsh-2025", "tongyong"]) expect(ids).toContain(id);
    const t25 = listThemes().find((t) => t.id === "dlsh-2025");
    expect(t25).toMatchObject({ year: 2025, meeting: "民主生活会", window: { start: "2026-01", end: "2026-03" }, aspectGroup: "五个带头", materialTypes: ["banzi", "geren"] });
    expect(listThemes().find((t) => t.id === "dlsh-2021")?.verified).toBe(false);
    expect(listThemes().find((t) => t.id === "dlsh-2022")?.verified).toBe(false);
    expect(listThemes().find((t) => t.id === "dlsh-2024")?.verified).toBe(true);
  });

  it("resolves presets per material type", () => {
    const b = getPreset("dlsh-2025/banzi");
    expect(b).toMatchObject({ id: "dlsh-2025/banzi", label: "2025年度民主生活会 · 班子", themeId: "dlsh-2025", materialType: "banzi", year: 2025, voice: "我们" });
    expect(b?.aspects).toHaveLength(5);
    const g = getPreset("dlsh-2025/geren");
    expect(g?.voice).toBe("我");
    expect(g?.sections.find((s) => s.kind === "结束语")?.required).toBe(true);
    expect(g?.sections.find((s) => s.kind === "个人有关事项")?.required).toBe(false);
    expect(getPreset("dlsh-2025")?.id).toBe("dlsh-2025/banzi");
    expect(getPreset("dlsh-2025/zhibu")).toBeUndefined();
    expect(getPreset("nope/banzi")).toBeUndefined();
    for (const p of allPresets()) {
      for (const k of ["存在的问题", "原因分析", "整改措施"]) expect(p.sections.find((s) => s.kind === k)?.required).toBe(true);
    }
  });

  it("2023 主题教育 has the 六个方面 plus 典型案例剖析 and 政绩观", () => {
    const p = getPreset("dlsh-2023/banzi");
    expect(p?.aspects.map((a) => a.short)).toEqual(["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"]);
    expect(p?.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(["典型案例剖析", "政绩观"]));
    expect(getPreset("zzsh-2022/dangyuan")?.aspects.map((a) => a.short)).toEqual(["政治信仰", "党员意识", "理论学习", "能力本领", "作用发挥", "纪律作风"]);
  });

  it("parses a user's preset file in its three shapes", () => {
    const t = read("dlsh-2025.json");
    const mine = { ...clone(t), id: "my-unit-2025", label: "本单位2025年度民主生活会" };
    expect(parsePresetFile(mine).map((p) => p.id)).toEqual(["my-unit-2025/banzi", "my-unit-2025/geren"]);
    expect(parsePresetFile([mine]).length).toBe(2);
    expect(parsePresetFile({ themes: [mine] }).length).toBe(2);
    expect(parsePresetFile(JSON.stringify(mine)).length).toBe(2);
  });

  it("explains a bad preset file in Chinese", () => {
    const t = read("dlsh-2025.json");
    const err = (x: unknown) => {
      try {
        parsePresetFile(x);
      } catch (e) {
        expect(e).toBeInstanceOf(PresetError);
        return (e as Error).message;
      }
      return "";
    };
    expect(err("{不是JSON")).toMatch(/^预设文件不是有效的 JSON/);
    expect(err(42)).toMatch(/预设文件应为一个主题对象/);
    expect(err([])).toBe("预设文件中没有任何主题。");
    const noAspects = clone(t);
    delete noAspects.aspects;
    expect(err(noAspects)).toBe("预设文件（“dlsh-2025”）：缺少必填字段“aspects”。");
    const badKind = clone(t);
    badKind.materials.banzi.sections[1].kind = "问题";
    expect(err(badKind)).toMatch(/^预设文件（“dlsh-2025”）：materials\.banzi\.sections\[1\]\.kind 的值“问题”不是已知的部分/);
    const badMonth = clone(t);
    badMonth.window.end = "2026-3";
    expect(err(badMonth)).toMatch(/window\.end “2026-3”应写成“年-月”/);
    expect(err([t, t])).toBe("预设文件：主题标识“dlsh-2025”重复。");
    const dupAspect = clone(t);
    dupAspect.aspects[1].id = dupAspect.aspects[0].id;
    expect(err(dupAspect)).toMatch(/aspects 中的标识“zhengzhi-zhongcheng”重复/);
    expect(err({ ...clone(t), extra: 1 })).toMatch(/extra 是未知字段/);
  });
});

describe("detectPreset", () => {
  const feb2026 = new Date(2026, 1, 1);
  const byTitle = (title: string, today = feb2026) => {
    const r = detectPreset(doc(title, "正文。"), { today });
    return [r.preset.id, r.detected];
  };

  it.each([
    ["中共青禾区委员会领导班子2024年度民主生活会对照检查材料", "dlsh-2024/banzi"],
    ["王立新同志2025年度民主生活会个人发言提纲", "dlsh-2025/geren"],
    ["2025年度民主生活会个人对照检查材料", "dlsh-2025/geren"],
    ["东湖街道第二党支部2022年度组织生活会对照检查材料", "zzsh-2022/zhibu"],
    ["2024年度组织生活会党员个人对照检查材料", "zzsh-2024/dangyuan"],
    ["清河县水利局党组班子主题教育专题民主生活会对照检查材料", "dlsh-2023/banzi"],
    ["东湖街道第二党支部2023年主题教育专题组织生活会对照检查材料", "zzsh-2023/zhibu"],
    ["党史学习教育专题民主生活会对照检查材料", "dlsh-2021/banzi"],
    ["2022年度民主生活会对照检查材料（班子）", "dlsh-2022/banzi"],
    ["市委常委会领导班子2025年度民主生活会对照检查发言提纲", "dlsh-2025/banzi"],
    ["第二党支部党员2024年度组织生活会对照检查材料", "zzsh-2024/dangyuan"],
    ["第二党支部委员会2024年度组织生活会对照检查材料", "zzsh-2024/zhibu"],
    ["××党委领导班子2026年度民主生活会对照检查材料", "dlsh-2026/banzi"],
    ["李青同志2026年度民主生活会个人对照检查材料", "dlsh-2026/geren"],
  ])("%s → %s", (title, id) => {
    expect(byTitle(title)).toEqual([id, true]);
  });

  it("falls back to the date when the title says too little", () => {
    expect(byTitle("对照检查材料")).toEqual(["dlsh-2025/banzi", false]);
    expect(byTitle("2019年度民主生活会对照检查材料")).toEqual(["dlsh-2025/banzi", false]);
    expect(byTitle("个人对照检查材料", new Date(2025, 1, 10))).toEqual(["dlsh-2024/geren", false]);
    expect(byTitle("党支部组织生活会对照检查材料", new Date(2026, 0, 15))).toEqual(["zzsh-2025/zhibu", false]);
    // A 年度 meeting is held early in the following year: in February 2024 the 2023 one is due.
    expect(byTitle("对照检查材料", new Date(2024, 1, 10))).toEqual(["dlsh-2023/banzi", false]);
    // From November 2026 the 2026年度 meetings are due (window 2026-11 … 2027-03).
    expect(byTitle("对照检查材料", new Date(2026, 10, 22))).toEqual(["dlsh-2026/banzi", false]);
    expect(byTitle("对照检查材料", new Date(2026, 9, 31))).toEqual(["dlsh-2025/banzi", false]);
    expect(detectPreset({ paragraphs: [] }, { today: feb2026 })).toMatchObject({ detected: false });
  });

  it("reads every fixture's title", () => {
    expect(detectPreset(loadFixture("geren-2024.txt")).preset.id).toBe("dlsh-2024/geren");
    expect(detectPreset(loadFixture("styled-unnumbered.md")).preset.id).toBe("zzsh-2024/dangyuan");
  });

  it("extracts title hints", () => {
    expect(titleHints("某党组2025年度民主生活会对照检查材料")).toEqual({ year: 2025, meeting: "民主生活会", ztjy: false, dangshi: false, materialType: "banzi" });
  });
});
