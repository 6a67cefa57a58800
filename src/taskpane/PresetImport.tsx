import { Button, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { readTextFile } from "./localFiles";
import { clearImportedPresets, importPresetText, MAX_PRESET_FILE_BYTES } from "./presetStore";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PresetImportProps {
  /** Names of the preset files imported so far. */
  imported: string[];
  /** Called after the set of presets changed (import or removal) with the new file names. */
  onChange: (names: string[]) => void;
}

/** 导入本单位预设: a JSON preset file distributed by the unit, validated before anything changes. */
export function PresetImport({ imported, onChange }: PresetImportProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PRESET_FILE_BYTES) {
      setStatus({ ok: false, text: "文件超过 2 MB，不是预设文件。" });
      return;
    }
    let read: { text: string; note: string };
    try {
      read = await readTextFile(file);
    } catch (e) {
      setStatus({ ok: false, text: `无法导入：${e instanceof Error ? e.message : "无法读取文件"}` });
      return;
    }
    const out = importPresetText(file.name, read.text);
    setStatus({ ok: out.ok, text: out.message + read.note });
    if (out.ok) onChange(out.names);
  };

  return (
    <div>
      <div className={styles.row}>
        <Button size="small" onClick={() => input.current?.click()}>
          导入本单位预设…
        </Button>
        {imported.length > 0 && (
          <Link
            as="button"
            onClick={() => {
              clearImportedPresets();
              onChange([]);
              setStatus({ ok: true, text: "已恢复为内置预设。" });
            }}
          >
            恢复内置预设
          </Link>
        )}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-label="选择预设文件"
          style={{ display: "none" }}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
      {imported.length > 0 && (
        <Text size={200} className={styles.muted}>
          已导入：{imported.join("、")}
        </Text>
      )}
      {status && (
        <MessageBar intent={status.ok ? "success" : "error"} role={status.ok ? "status" : "alert"}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
