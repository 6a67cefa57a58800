/**
 * 编辑预设: copy a shipped (or imported) theme, edit its title, theme text, aspects and required
 * parts in a form, validate it with the same Chinese messages as 导入本单位预设, use it at once (it
 * is stored like an imported file) and export the JSON file colleagues import and `duizhao
 * --preset-file` reads. No JSON knowledge needed, no restart.
 */
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { copyThemeForEditing, exportTheme, listThemes, newAspectId, PresetError, splitKeywords, type ThemeDef } from "../core";
import type { MaterialType } from "../core/types";
import { MATERIAL_TYPE_LABELS } from "../core/types";
import { importPresetText } from "./presetStore";
import { saveFile } from "./localFiles";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "8px", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: "4px", padding: "8px" },
  row: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap" },
  aspect: { display: "flex", flexDirection: "column", gap: "4px", borderTop: `1px solid ${tokens.colorNeutralStroke3}`, paddingTop: "6px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface AspectRow {
  id: string;
  name: string;
  short: string;
  keywords: string;
}

type Status = { ok: boolean; text: string } | null;

export interface PresetEditorProps {
  /** Names of the stored preset files (imported or made here). */
  imported: string[];
  onChange: (names: string[]) => void;
  /** Called with the theme id after 校验并使用 succeeded. */
  onUse?: (themeId: string) => void;
}

function toTheme(draft: ThemeDef, rows: AspectRow[]): ThemeDef {
  return { ...draft, aspects: rows.map((r) => ({ id: r.id, name: r.name.trim(), short: r.short.trim() || r.name.trim(), keywords: splitKeywords(r.keywords) })) };
}

export function PresetEditor({ onChange, onUse }: PresetEditorProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const themes = useMemo(() => (open ? listThemes() : []), [open]);
  const [source, setSource] = useState<string>("");
  const [draft, setDraft] = useState<ThemeDef | null>(null);
  const [rows, setRows] = useState<AspectRow[]>([]);
  const [status, setStatus] = useState<Status>(null);

  const copy = () => {
    const d = copyThemeForEditing(source || themes[0]?.id, themes.map((t) => t.id));
    if (!d) return;
    setDraft(d);
    setRows(d.aspects.map((a) => ({ id: a.id, name: a.name, short: a.short, keywords: a.keywords.join("、") })));
    setStatus(null);
  };

  const set = (patch: Partial<ThemeDef>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const setRow = (i: number, patch: Partial<AspectRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) =>
    setRows((rs) => {
      const j = i + by;
      if (j < 0 || j >= rs.length) return rs;
      const next = [...rs];
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  const setRequired = (mt: MaterialType, k: number, required: boolean) =>
    setDraft((d) => {
      const m = d?.materials[mt];
      if (!d || !m) return d;
      return { ...d, materials: { ...d.materials, [mt]: { ...m, sections: m.sections.map((s, j) => (j === k ? { ...s, required } : s)) } } };
    });

  const use = () => {
    if (!draft) return;
    const theme = toTheme(draft, rows);
    const out = importPresetText(`${theme.id}.json`, JSON.stringify(theme));
    if (!out.ok) {
      setStatus({ ok: false, text: out.message });
      return;
    }
    onChange(out.names);
    onUse?.(theme.id);
    setStatus({ ok: true, text: `已校验并启用“${theme.label}”，骨架和检查立即按它进行。` });
  };

  const exportFile = () => {
    if (!draft) return;
    const theme = toTheme(draft, rows);
    let text: string;
    try {
      text = exportTheme(theme);
    } catch (e) {
      setStatus({ ok: false, text: `不能导出，请先修改：${e instanceof PresetError ? e.message : String(e)}` });
      return;
    }
    const name = `${theme.id}.json`;
    const saved = saveFile(name, text, "application/json");
    setStatus(
      saved
        ? { ok: true, text: `已导出“${name}”。同事在“导入本单位预设…”中选择这个文件即可使用，命令行用 --preset-file ${name} 读取。` }
        : { ok: false, text: "当前环境不能保存文件。" },
    );
  };

  if (!open) {
    return (
      <div className={styles.row}>
        <Button size="small" onClick={() => setOpen(true)}>
          编辑预设…
        </Button>
      </div>
    );
  }

  return (
    <section className={styles.box} aria-label="编辑预设">
      <Text weight="semibold">编辑预设</Text>
      <Text size={200} className={styles.muted}>
        复制一个现有主题，按本单位通知修改后校验使用，并可导出文件发给同事。
      </Text>
      <div className={styles.row}>
        <Field label="复制自" style={{ flex: "1 1 160px" }}>
          <Dropdown
            aria-label="复制自"
            value={themes.find((t) => t.id === (source || themes[0]?.id))?.label ?? ""}
            selectedOptions={[source || themes[0]?.id]}
            onOptionSelect={(_, d) => d.optionValue && setSource(d.optionValue)}
          >
            {themes.map((t) => (
              <Option key={t.id} value={t.id}>
                {t.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button onClick={copy}>复制</Button>
      </div>

      {draft && (
        <>
          <Field label="预设编号" hint="只能用小写字母、数字和连字符，如 qinghe-2026">
            <Input value={draft.id} onChange={(_, d) => set({ id: d.value })} />
          </Field>
          <Field label="名称">
            <Input value={draft.label} onChange={(_, d) => set({ label: d.value })} />
          </Field>
          <Field label="主题">
            <Textarea value={draft.theme} resize="vertical" onChange={(_, d) => set({ theme: d.value })} />
          </Field>
          <Checkbox checked={draft.verified} onChange={(_, d) => set({ verified: d.checked === true })} label="已与上级通知逐字核对" />
          <Field label="方面的总称" hint="如“五个带头”“六大纪律”">
            <Input value={draft.aspectGroup} onChange={(_, d) => set({ aspectGroup: d.value })} />
          </Field>

          <Text weight="semibold">查摆方面</Text>
          {rows.map((r, i) => (
            <div key={r.id} className={styles.aspect}>
              <Input aria-label={`第${i + 1}个方面`} value={r.name} onChange={(_, d) => setRow(i, { name: d.value })} />
              <div className={styles.row}>
                <Input aria-label={`第${i + 1}个方面的简称`} placeholder="简称" value={r.short} onChange={(_, d) => setRow(i, { short: d.value })} style={{ flex: "1 1 80px" }} />
                <Input
                  aria-label={`第${i + 1}个方面的关键词`}
                  placeholder="关键词，用顿号分隔"
                  value={r.keywords}
                  onChange={(_, d) => setRow(i, { keywords: d.value })}
                  style={{ flex: "2 1 140px" }}
                />
              </div>
              <div className={styles.row}>
                <Button size="small" disabled={i === 0} aria-label={`上移第${i + 1}个方面`} onClick={() => move(i, -1)}>
                  上移
                </Button>
                <Button size="small" disabled={i === rows.length - 1} aria-label={`下移第${i + 1}个方面`} onClick={() => move(i, 1)}>
                  下移
                </Button>
                <Button size="small" aria-label={`删除第${i + 1}个方面`} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
                  删除
                </Button>
              </div>
            </div>
          ))}
          <div className={styles.row}>
            <Button
              size="small"
              onClick={() => setRows((rs) => [...rs, { id: newAspectId(rs.map((x) => ({ id: x.id, name: x.name, short: x.short, keywords: [] }))), name: "", short: "", keywords: "" }])}
            >
              添加方面
            </Button>
          </div>

          <Text weight="semibold">必备部分</Text>
          {(Object.keys(draft.materials) as MaterialType[]).map((mt) => (
            <div key={mt}>
              <Text size={200}>{MATERIAL_TYPE_LABELS[mt]}</Text>
              <div className={styles.row}>
                {draft.materials[mt]!.sections.map((s, k) => (
                  <Checkbox
                    key={s.kind}
                    checked={s.required}
                    label={s.heading || s.kind}
                    aria-label={`${MATERIAL_TYPE_LABELS[mt]}：${s.heading || s.kind}为必备部分`}
                    onChange={(_, d) => setRequired(mt, k, d.checked === true)}
                  />
                ))}
              </div>
            </div>
          ))}

          <div className={styles.row}>
            <Button appearance="primary" onClick={use}>
              校验并使用
            </Button>
            <Button onClick={exportFile}>导出预设文件</Button>
            <Button
              appearance="subtle"
              onClick={() => {
                setOpen(false);
                setDraft(null);
                setStatus(null);
              }}
            >
              关闭
            </Button>
          </div>
        </>
      )}
      {status && (
        <MessageBar intent={status.ok ? "success" : "error"} role={status.ok ? "status" : "alert"}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
