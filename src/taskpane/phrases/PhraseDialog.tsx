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
  Textarea,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { checkUserFields, DEFAULT_CATEGORY } from "../../core/phrases/importExport";

export interface PhraseDraft {
  text: string;
  category: string;
}

/** Add / edit dialog for one of the user's own phrases. */
export function PhraseDialog(props: {
  open: boolean;
  title: string;
  initial: PhraseDraft;
  categories: string[];
  onSave: (d: PhraseDraft) => void;
  onCancel: () => void;
}) {
  const { open, initial } = props;
  const [text, setText] = useState(initial.text);
  const [category, setCategory] = useState(initial.category);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  useEffect(() => {
    if (open) {
      setText(initial.text);
      setCategory(initial.category);
      setError(null);
    }
  }, [open, initial]);
  const save = () => {
    const err = checkUserFields(text, category, []);
    if (err) return setError(err);
    props.onSave({ text, category: category.trim() || DEFAULT_CATEGORY });
  };
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
