import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { checkUserFields, DEFAULT_CATEGORY } from "../../core/phrases/importExport";
import { PHRASE_SECTIONS, PHRASE_VOICES, type PhraseVoice } from "../../core/phrases/types";

export interface PhraseDraft {
  text: string;
  category: string;
  /** 部分 and 方面 the phrase belongs to (kept as its tags, so that search finds it by them). */
  section?: string;
  aspect?: string;
  voice?: PhraseVoice;
}

/** Add / edit dialog for one of the user's own phrases. */
export function PhraseDialog(props: {
  open: boolean;
  title: string;
  initial: PhraseDraft;
  categories: string[];
  /** 方面 offered for each 部分 (from the library). */
  aspects?: Record<string, string[]>;
  onSave: (d: PhraseDraft) => void;
  onCancel: () => void;
}) {
  const { open, initial } = props;
  const [text, setText] = useState(initial.text);
  const [category, setCategory] = useState(initial.category);
  const [section, setSection] = useState(initial.section ?? "");
  const [aspect, setAspect] = useState(initial.aspect ?? "");
  const [voice, setVoice] = useState<PhraseVoice>(initial.voice ?? "通用");
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  useEffect(() => {
    if (open) {
      setText(initial.text);
      setCategory(initial.category);
      setSection(initial.section ?? "");
      setAspect(initial.aspect ?? "");
      setVoice(initial.voice ?? "通用");
      setError(null);
    }
  }, [open, initial]);
  const save = () => {
    const err = checkUserFields(text, category, []);
    if (err) return setError(err);
    props.onSave({ text, category: category.trim() || DEFAULT_CATEGORY, section: section || undefined, aspect: aspect || undefined, voice });
  };
  const aspectChoices = (section && props.aspects?.[section]) || [];
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface aria-label={props.title}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent style={{ display: "flex", flexDirection: "column", gap: 8 }}>
            <Field label="文字" required validationMessage={error ?? undefined} validationState={error ? "error" : "none"}>
              <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={5} resize="vertical" />
            </Field>
            <Field label="分类" hint="可输入新分类">
              <Input value={category} onChange={(_, d) => setCategory(d.value)} list={listId} />
            </Field>
            <Field label="部分">
              <Select
                value={section}
                onChange={(_, d) => {
                  setSection(d.value);
                  setAspect("");
                }}
              >
                <option value="">不限</option>
                {PHRASE_SECTIONS.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="方面">
              <Select value={aspect} disabled={aspectChoices.length === 0} onChange={(_, d) => setAspect(d.value)}>
                <option value="">不限</option>
                {aspectChoices.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="口吻">
              <Select value={voice} onChange={(_, d) => setVoice(d.value as PhraseVoice)}>
                {PHRASE_VOICES.map((x) => (
                  <option key={x} value={x}>
                    {x === "班子" ? "班子（我们）" : x === "个人" ? "个人（我）" : "通用"}
                  </option>
                ))}
              </Select>
            </Field>
            <datalist id={listId}>
              {props.categories.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={save}>
              保存
            </Button>
            <Button onClick={props.onCancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function ConfirmDialog(props: { open: boolean; text: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface aria-label="确认删除">
        <DialogBody>
          <DialogTitle>删除这条常用语？</DialogTitle>
          <DialogContent>{props.text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              删除
            </Button>
            <Button onClick={props.onCancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
