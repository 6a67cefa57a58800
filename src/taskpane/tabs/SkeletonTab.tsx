import {
  Badge,
  Button,
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { allPresets, detectPreset, getPreset } from "../../core";
import { LINE_SPACING_CHOICES, OFFICIAL_FONTS, type LineSpacingChoice } from "../../core/format";
import type { MaterialType, Preset, SectionKind } from "../../core/types";
import { MATERIAL_TYPE_LABELS } from "../../core/types";
import type { InsertOptions } from "../../host/port";
import { useHost } from "../host";
import { useWorkingYear } from "../yearContext";
import { markSkeletonShown } from "../firstTab";
import { missingFonts } from "../fonts";
import { PresetImport, type PresetImportProps } from "../PresetImport";
import { chooseAspectSet } from "../presetStore";
import { PresetEditor } from "../PresetEditor";
import { analyzeForFormat, findExisting, skeletonBuilder, type InsertTarget } from "../../core/skeletonPlan";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  tree: { listStyle: "none", margin: 0, paddingLeft: 0 },
  sub: { listStyle: "none", margin: 0, paddingLeft: "16px" },
  node: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    padding: "2px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  nodeText: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
});

type Status = { intent: "success" | "error" | "warning" | "info"; text: string; actions?: { label: string; run: () => void }[] } | null;

const TYPES: MaterialType[] = ["banzi", "geren", "zhibu", "dangyuan"];

export interface SkeletonTabProps {
  active: boolean;
  /** 导入本单位预设 (optional: absent in isolated component tests). */
  presetFiles?: PresetImportProps;
}

/** 「骨架」: choose material type and theme, see the outline, insert all or part of it at the cursor. */
export function SkeletonTab({ active, presetFiles }: SkeletonTabProps) {
  const styles = useStyles();
  const host = useHost();
  // The other tabs are prefetched once 骨架 has rendered (../firstTab.ts).
  useEffect(() => markSkeletonShown(), []);
  const imported = presetFiles?.imported;
  // Re-read when the imported preset files change (the core's list changed with them).
  // Bumped when the aspect set of a theme changes (the core's presets changed with it).
  const [setsVersion, setSetsVersion] = useState(0);
  const presets = useMemo(() => {
    void imported;
    void setsVersion;
    return allPresets();
  }, [imported, setsVersion]);
  const [materialType, setMaterialType] = useState<MaterialType>("banzi");
  const [themeId, setThemeId] = useState<string>("");
  // What detection chose; the hint 已根据… is shown only while the choice is still that one.
  const [detected, setDetected] = useState<{ from: "title" | "date"; themeId: string; materialType: MaterialType } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [formatStatus, setFormatStatus] = useState<Status>(null);
  const [canUndo, setCanUndo] = useState(() => host.lastInsertion() !== null);
  const [renumberFollowing, setRenumberFollowing] = useState(false);
  const [scope, setScope] = useState<"document" | "selection" | "inserted">("document");
  const [spacing, setSpacing] = useState<LineSpacingChoice>(28);
  const initialized = useRef(false);

  const themes = useMemo(() => {
    const seen = new Map<string, Preset>();
    for (const p of presets) if (p.materialType === materialType && !seen.has(p.themeId)) seen.set(p.themeId, p);
    // Newest first within each meeting, so that a fallback is never the oldest year.
    const order = (p: Preset) => (p.meeting === "民主生活会" ? 0 : p.meeting === "组织生活会" ? 1 : 2);
    return [...seen.values()].sort((a, b) => order(a) - order(b) || (b.year ?? 0) - (a.year ?? 0));
  }, [presets, materialType]);
  const preset = getPreset(`${themeId}/${materialType}`) ?? themes[0];

  // 常用语 orders its default list by the 年度 shown here (once chosen or detected, not the fallback
  // shown before the first read).
  const { setYear } = useWorkingYear();
  const presetYear = themeId ? (preset?.year ?? null) : undefined;
  useEffect(() => {
    if (presetYear !== undefined) setYear(presetYear);
  }, [presetYear, setYear]);

  // A quick fix in 检查 may have inserted something since: 撤销插入 applies to it too.
  useEffect(() => {
    if (active) setCanUndo(host.lastInsertion() !== null);
  }, [active]);

  // Pre-select from the document title, else from today's date (one read of the document).
  useEffect(() => {
    if (!active || initialized.current) return;
    initialized.current = true;
    let cancelled = false;
    let done = false;
    (async () => {
      let choice: { preset: Preset; detected: boolean };
      try {
        const { model } = await host.readDocument();
        choice = detectPreset(model, { today: new Date() });
      } catch {
        choice = detectPreset({ paragraphs: [] }, { today: new Date() });
      }
      done = true;
      if (cancelled) return;
      setMaterialType(choice.preset.materialType);
      setThemeId(choice.preset.themeId);
      setDetected({ from: choice.detected ? "title" : "date", themeId: choice.preset.themeId, materialType: choice.preset.materialType });
    })();
    return () => {
      cancelled = true;
      // Left before the read finished: try again next time the tab is shown.
      if (!done) initialized.current = false;
    };
  }, [active]);

  const run = useCallback(async (label: string, action: () => Promise<Status>, show: (s: Status) => void = setStatus) => {
    setBusy(label);
    show(null);
    try {
      show(await action());
    } catch (e) {
      show(errorStatus(e));
    } finally {
      setBusy(null);
    }
  }, []);

  /** A refused insertion offers what to do instead. */
  const errorStatus = (e: unknown, target?: InsertTarget, extra?: InsertOptions): Status => {
    const text = e instanceof Error ? e.message : String(e);
    const refusal = host.insertRefusal(e);
    if (refusal?.kind === "duplicate") {
      const ref = refusal.ref;
      return {
        intent: "warning",
        text,
        actions: [
          { label: "跳转到该处", run: () => void run("跳转", async () => ((await host.selectParagraph(ref)).ok ? { intent: "success", text: "已跳转到已有的内容。" } : { intent: "warning", text: "文档已改动，找不到原来的位置。" })) },
          ...(target !== undefined ? [{ label: "仍然插入", run: () => insert(target, { ...extra, existing: undefined }) }] : []),
        ],
      };
    }
    if (refusal?.kind === "nested" && target !== undefined) {
      return { intent: "warning", text, actions: [{ label: "插入到文档末尾", run: () => insert(target, { ...extra, atEnd: true }) }] };
    }
    return { intent: "error", text };
  };

  const insert = (target: InsertTarget, extra: InsertOptions = { existing: preset ? findExisting(preset, target) : undefined }) => {
    setBusy("插入");
    setStatus(null);
    void (async () => {
      try {
        if (!preset) {
          setStatus({ intent: "error", text: "没有可用的预设。" });
          return;
        }
        const outcome = await host.insertSkeletonAtCursor(skeletonBuilder(preset, target), { renumberFollowing, ...extra });
        setCanUndo(outcome.paragraphs > 0);
        const what = target ? `“${target.label}”` : "骨架";
        const where = extra.atEnd ? "（在文档末尾）" : "";
        const shifted = outcome.renumbered ? `后面 ${outcome.renumbered} 个标题的序号已顺延。` : "";
        setStatus({ intent: "success", text: `已插入${what}${where}，共 ${outcome.paragraphs} 段。${shifted}光标已移到第一个待填写处。` });
      } catch (e) {
        setStatus(errorStatus(e, target, extra));
      } finally {
        setBusy(null);
      }
    })();
  };

  const undo = () =>
    run("撤销", async () => {
      await host.undoLastInsertion();
      setCanUndo(false);
      return { intent: "success", text: "已撤销上次插入的内容。" };
    });

  const format = () =>
    run(
      "排版",
      async () => {
      const outcome = await host.applyOfficialFormat({ scope, lineSpacing: spacing, analyze: analyzeForFormat });
      const missing = missingFonts([OFFICIAL_FONTS.title[0], OFFICIAL_FONTS.h1[0], OFFICIAL_FONTS.h2[0], OFFICIAL_FONTS.body[0]]);
      const notes: string[] = [];
      if (!outcome.margins && scope === "document") notes.push("当前 Word 不支持通过加载项设置页边距，请在“布局 → 页边距”中设为上 3.7、下 3.5、左 2.8、右 2.6 厘米");
      if (outcome.eastAsianFontSlot === "name") notes.push("当前 Word 不能单独设置中文字体，数字和字母也将使用中文字体");
      if (missing.length) notes.push(`本机未安装：${missing.join("、")}，Word 会以其他字体显示`);
      const summary = `已排版 ${outcome.paragraphs} 段（标题 ${outcome.byRole.title}，一级 ${outcome.byRole.h1}，二级 ${outcome.byRole.h2}，三级 ${outcome.byRole.h3}，正文 ${outcome.byRole.body}），文字未改动。`;
      return { intent: notes.length ? "warning" : "success", text: notes.length ? `${summary}${notes.join("；")}。` : summary };
      },
      setFormatStatus,
    );

  // Changing 材料类型 keeps the year: the same theme when it has the type, else the same year's
  // theme of the matching meeting, else the newest.
  const changeType = (mt: MaterialType) => {
    setMaterialType(mt);
    if (getPreset(`${themeId}/${mt}`)) return;
    const year = preset?.year ?? null;
    const candidates = presets.filter((p) => p.materialType === mt);
    const same = candidates.find((p) => p.year === year && p.meeting !== "通用") ?? candidates.find((p) => p.year === year);
    const newest = [...candidates].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
    const next = same ?? newest;
    if (next) setThemeId(next.themeId);
  };
  const hint =
    detected && detected.themeId === preset?.themeId && detected.materialType === materialType
      ? detected.from === "title"
        ? "已根据文档标题选择"
        : "已根据当前日期推荐"
      : undefined;

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Field label="材料类型" style={{ flex: "1 1 100px" }}>
          <Dropdown
            aria-label="材料类型"
            value={MATERIAL_TYPE_LABELS[materialType]}
            selectedOptions={[materialType]}
            onOptionSelect={(_, d) => d.optionValue && changeType(d.optionValue as MaterialType)}
          >
            {TYPES.map((t) => (
              <Option key={t} value={t}>
                {MATERIAL_TYPE_LABELS[t]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field
        label="年度主题"
        hint={hint}
      >
        <Dropdown
          aria-label="年度主题"
          value={preset ? themeLabel(preset) : ""}
          selectedOptions={preset ? [preset.themeId] : []}
          onOptionSelect={(_, d) => d.optionValue && setThemeId(d.optionValue)}
        >
          {themes.map((p) => (
            <Option key={p.themeId} value={p.themeId} text={themeLabel(p)}>
              {themeLabel(p)}
              {!p.verified && "（未核实）"}
            </Option>
          ))}
        </Dropdown>
      </Field>

      {preset?.aspectSets && (
        <Field label="查摆方面" hint="各单位做法不一，按本单位通知选择；选择会被记住。">
          <Dropdown
            aria-label="查摆方面"
            value={preset.aspectSets.find((a) => a.id === preset.aspectSetId)?.label ?? ""}
            selectedOptions={preset.aspectSetId ? [preset.aspectSetId] : []}
            onOptionSelect={(_, d) => {
              if (!d.optionValue) return;
              chooseAspectSet(preset.themeId, d.optionValue);
              setSetsVersion((v) => v + 1);
            }}
          >
            {preset.aspectSets.map((a) => (
              <Option key={a.id} value={a.id}>
                {a.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}

      {presetFiles && <PresetImport {...presetFiles} />}
      {presetFiles && (
        <PresetEditor
          {...presetFiles}
          onUse={(id) => {
            const p = getPreset(`${id}/${materialType}`) ?? getPreset(id);
            if (p) setMaterialType(p.materialType);
            setThemeId(id);
          }}
        />
      )}

      {preset && (
        <>
          <div className={styles.row}>
            <Text weight="semibold">{preset.label}</Text>
            {preset.verified ? (
              <Badge appearance="tint" color="success">已核实</Badge>
            ) : (
              <Tooltip content={preset.verificationNote ?? "方面表述系据公开报道重建，请对照本年度通知核实。"} relationship="description">
                <Badge appearance="tint" color="warning" data-testid="unverified-badge">未核实</Badge>
              </Tooltip>
            )}
          </div>
          {!preset.verified && (
            <Text size={200} className={styles.muted}>
              {preset.verificationNote ?? "本主题的方面表述系据公开报道重建，插入后请对照本年度通知逐字核实。"}
            </Text>
          )}
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => insert(null)} disabledFocusable={!!busy}>
              插入骨架
            </Button>
            <Button onClick={undo} disabled={!!busy || !canUndo}>
              撤销插入
            </Button>
            {busy && <Spinner size="tiny" label={`${busy}中…`} />}
          </div>
          <Checkbox
            checked={renumberFollowing}
            onChange={(_, d) => setRenumberFollowing(d.checked === true)}
            label="插入后顺延后面各部分的序号（如原“三、整改措施”改为“四、”）"
          />
          <StatusBar status={status} disabled={!!busy} />
          <OutlineTree preset={preset} onInsert={insert} disabled={!!busy} />
        </>
      )}

      <div className={`${styles.stack} ${styles.section}`}>
        <Text weight="semibold">套用公文格式（GB/T 9704）</Text>
        <Text size={200} className={styles.muted}>
          标题小标宋 22 磅居中；一级黑体、二级楷体、三级仿宋加粗、正文仿宋，均 16 磅；首行缩进 2 字；页边距上 3.7、下 3.5、左 2.8、右 2.6 厘米。只改格式，不改文字。
        </Text>
        <RadioGroup layout="horizontal" value={scope} onChange={(_, d) => setScope(d.value as "document" | "selection" | "inserted")} aria-label="排版范围">
          <Radio value="document" label="全文" />
          <Radio value="selection" label="所选段落" />
          <Radio value="inserted" label="刚插入的内容" disabled={!canUndo} />
        </RadioGroup>
        <Field label="行距">
          <Dropdown
            aria-label="行距"
            value={LINE_SPACING_CHOICES.find((c) => c.value === spacing)?.label}
            selectedOptions={[String(spacing)]}
            onOptionSelect={(_, d) => d.optionValue && setSpacing(Number(d.optionValue) as LineSpacingChoice)}
          >
            {LINE_SPACING_CHOICES.map((c) => (
              <Option key={c.value} value={String(c.value)}>
                {c.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <div className={styles.row}>
          <Button onClick={format} disabledFocusable={!!busy}>
            套用公文格式
          </Button>
        </div>
        <StatusBar status={formatStatus} disabled={!!busy} />
      </div>
    </div>
  );
}

function StatusBar({ status, disabled }: { status: Status; disabled: boolean }) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{status.text}</MessageBarBody>
      {status.actions && (
        <MessageBarActions>
          {status.actions.map((a) => (
            <Button key={a.label} size="small" disabled={disabled} onClick={a.run}>
              {a.label}
            </Button>
          ))}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function themeLabel(p: Preset): string {
  return p.label.split(" · ")[0];
}

/** The preset's outline; each section, aspect and cause dimension can be inserted on its own. */
function OutlineTree({ preset, onInsert, disabled }: { preset: Preset; onInsert: (t: InsertTarget) => void; disabled: boolean }) {
  const styles = useStyles();
  const children = (kind: SectionKind): { id: string; name: string; aspectId?: string }[] => {
    if (kind === "存在的问题" || kind === "整改措施") return preset.aspects.map((a) => ({ id: a.id, name: a.name, aspectId: a.id }));
    if (kind === "原因分析") return preset.causeDimensions.map((c) => ({ id: c.id, name: c.name }));
    return [];
  };
  return (
    <ul className={styles.tree} aria-label="骨架提纲">
      {preset.sections.map((s) => (
        <li key={s.kind}>
          <div className={styles.node}>
            <Text className={styles.nodeText} weight="semibold">
              {s.heading || s.kind}
              {!s.required && <span className={styles.muted}>（可选）</span>}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              disabledFocusable={disabled}
              aria-label={`插入“${s.heading || s.kind}”`}
              onClick={() => onInsert({ section: s.kind, label: s.heading || s.kind })}
            >
              插入
            </Button>
          </div>
          {children(s.kind).length > 0 && (
            <ul className={styles.sub}>
              {children(s.kind).map((c) => (
                <li key={c.id} className={styles.node}>
                  <Text size={200} className={styles.nodeText}>
                    {c.name}
                  </Text>
                  {c.aspectId && (
                    <Button
                      size="small"
                      appearance="subtle"
                      disabledFocusable={disabled}
                      aria-label={`插入“${c.name}”（${s.heading}）`}
                      onClick={() => onInsert({ section: s.kind, aspectId: c.aspectId, label: c.name })}
                    >
                      插入
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
