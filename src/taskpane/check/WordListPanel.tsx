import { Button, Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { formatWordList, parseWordList } from "../../core/findingPrefs";
import { readTextFile, saveFile } from "../localFiles";

const useStyles = makeStyles({
  details: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "6px" },
  toggle: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  stack: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "6px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export const WORD_FILE_NAME = "本单位词表.txt";

export interface WordListPanelProps {
  words: readonly string[];
  onChange(words: string[]): void;
  /** Result of an import/export, shown by the tab. */
  onNotice(intent: "success" | "error", text: string): void;
}

/** 本单位词表: names and terms never flagged as wording, placeholder or canonical-term problems. */
export function WordListPanel({ words, onChange, onNotice }: WordListPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(formatWordList(words));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft(formatWordList(words)), [words]);
  const dirty = formatWordList(parseWordList(draft)) !== formatWordList(words);

  const importFile = async (file: File) => {
    try {
      const { text } = await readTextFile(file);
      const added = parseWordList(text);
      const merged = parseWordList(formatWordList([...words, ...added]));
      onChange(merged);
      onNotice("success", `已从“${file.name}”导入 ${added.length} 个词，词表现有 ${merged.length} 个。`);
    } catch {
      onNotice("error", `无法读取“${file.name}”，请选择每行一个词的 .txt 文件。`);
    }
  };
  const exportFile = () => {
    const ok = saveFile(WORD_FILE_NAME, formatWordList(words), "text/plain");
    onNotice(ok ? "success" : "error", ok ? `已生成“${WORD_FILE_NAME}”，请在下载位置查看。` : "当前环境不支持保存文件。");
  };

  return (
    <details className={styles.details} data-testid="word-list">
      <summary className={styles.toggle}>本单位词表（{words.length} 个）</summary>
      <div className={styles.stack}>
        <Text size={200} className={styles.muted}>
          每行一个人名、地名、单位名称或本单位术语。引文正是词表中的词时，不再提示用词、占位符和规范表述问题。命令行用 --words 读取同一文件。
        </Text>
        <Field label="词表">
          <Textarea aria-label="本单位词表" value={draft} onChange={(_, d) => setDraft(d.value)} rows={4} resize="vertical" />
        </Field>
        <div className={styles.row}>
          <Button size="small" appearance="primary" disabled={!dirty} onClick={() => onChange(parseWordList(draft))}>
            保存词表
          </Button>
          <Button size="small" onClick={() => input.current?.click()}>
            导入 .txt
          </Button>
          <Button size="small" onClick={exportFile} disabled={words.length === 0}>
            导出 .txt
          </Button>
        </div>
        <input
          ref={input}
          type="file"
          accept=".txt,text/plain"
          hidden
          data-testid="word-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </div>
    </details>
  );
}
