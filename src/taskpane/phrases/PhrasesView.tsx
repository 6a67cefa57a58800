import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  tokens,
} from "@fluentui/react-components";
import {
  AddRegular,
  ArrowDownloadRegular,
  ArrowUploadRegular,
  DeleteRegular,
  DismissRegular,
  EditRegular,
  StarFilled,
  StarRegular,
} from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { categoryTree, matchesFilter } from "../../core/phrases/filters";
import {
  categoryOf,
  cleanText,
  DEFAULT_CATEGORY,
  exportPhrases,
  makeUserPhrase,
  parseImport,
  textKey,
} from "../../core/phrases/importExport";
import { buildIndex, search, segments } from "../../core/phrases/search";
import { LIMITS, PHRASE_SECTIONS, USER_ROOT, type Phrase, type PhraseVoice } from "../../core/phrases/types";
import { PhraseStore, recordUse, usageBoost, type RecentItem } from "../storage";
import { readTextFile, saveFile } from "../localFiles";
import { ConfirmDialog, PhraseDialog, type PhraseDraft } from "./PhraseDialog";

export type PhraseView = "all" | "fav" | "recent" | "mine";

export interface PhrasesViewProps {
  library: readonly Phrase[];
  /** Inserts text at the cursor; rejects with an Error whose message is shown to the user. */
  insert: (text: string) => Promise<unknown>;
  store: PhraseStore;
  active?: boolean;
}

/** How many results are rendered at once (the count shows them all). */
/** Rows rendered at a time (more on 显示更多): keystroke-to-paint stays short. */
const PAGE = 30;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  search: {
    width: "100%",
    boxSizing: "border-box",
    padding: "5px 8px",
    fontSize: tokens.fontSizeBase300,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "1px" },
  },
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "4px" },
  bar: { display: "flex", alignItems: "center", gap: "2px", flexWrap: "wrap" },
  count: { flexGrow: 1 },
  list: { display: "flex", flexDirection: "column", gap: "2px", margin: 0, padding: 0 },
  row: {
    display: "flex",
    alignItems: "flex-start",
    gap: "2px",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  option: {
    flexGrow: 1,
    minWidth: 0,
    padding: "4px 6px",
    cursor: "pointer",
    lineHeight: "1.5",
    fontSize: tokens.fontSizeBase300,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  },
  activeOption: { backgroundColor: tokens.colorNeutralBackground1Selected },
  path: { display: "block", color: tokens.colorNeutralForeground3 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: "inherit", padding: 0 },
  actions: { display: "flex", flexShrink: 0 },
  hiddenInput: { display: "none" },
  live: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
});

type Message = { intent: "error" | "success" | "warning" | "info"; text: string } | null;

export function PhrasesView({ library, insert, store }: PhrasesViewProps) {
  const styles = useStyles();
  const initial = useMemo(() => store.load(), [store]);
  const [mine, setMine] = useState<Phrase[]>(initial.phrases);
  const [categories, setCategories] = useState<string[]>(initial.categories);
  const [favorites, setFavorites] = useState<string[]>(initial.favorites);
  const [recent, setRecent] = useState<RecentItem[]>(initial.recent);
  const [message, setMessage] = useState<Message>(store.warning ? { intent: "warning", text: store.warning } : null);
  const [status, setStatus] = useState("");

  const [query, setQuery] = useState("");
  const [view, setView] = useState<PhraseView>("all");
  const [section, setSection] = useState("");
  const [aspect, setAspect] = useState("");
  const [voice, setVoice] = useState<"" | PhraseVoice>("");
  const [active, setActive] = useState(-1);
  const [shown, setShown] = useState(PAGE);
  // The ranking's usage boost is a snapshot taken when the query or filters change, so that
  // inserting a phrase (which records its use) never reorders the list under the pointer.
  const [rankRecent, setRankRecent] = useState<RecentItem[]>(initial.recent);
  const inserting = useRef(false);
  const [editing, setEditing] = useState<{ id: string | null; draft: PhraseDraft } | null>(null);
  const [deleting, setDeleting] = useState<Phrase | null>(null);

  const searchRef = useRef<HTMLInputElement>(null);
  const optionRefs = useRef<(HTMLDivElement | null)[]>([]);
  const fileRef = useRef<HTMLInputElement>(null);

  const all = useMemo(() => [...library, ...mine], [library, mine]);
  const index = useMemo(() => buildIndex(all), [all]);
  const favSet = useMemo(() => new Set(favorites), [favorites]);
  const tree = useMemo(() => categoryTree(view === "mine" ? mine : library), [view, mine, library]);
  const aspects = tree.find((t) => t.section === section)?.aspects ?? [];
  const libraryAspects = useMemo(() => Object.fromEntries(categoryTree(library).map((t) => [t.section, t.aspects])), [library]);

  /** Reports a storage problem, if any, after a save. */
  const saved = (ok: boolean) => {
    if (!ok && store.warning) setMessage({ intent: "warning", text: store.warning });
  };

  const results = useMemo(() => {
    const ids = view === "fav" ? favSet : view === "recent" ? new Set(recent.map((r) => r.id)) : undefined;
    const sec = view === "mine" ? USER_ROOT : section;
    const filter = (p: Phrase) =>
      (view !== "mine" || p.user === true) &&
      matchesFilter(p, { section: sec, aspect: view === "mine" ? section : aspect, voice: voice || undefined, ids });
    let res = search(index, query, { filter, boost: usageBoost(rankRecent, favSet) });
    if (view === "recent" && !query.trim()) {
      const pos = new Map(rankRecent.map((r, i) => [r.id, i]));
      res = [...res].sort((a, b) => (pos.get(a.phrase.id) ?? 0) - (pos.get(b.phrase.id) ?? 0));
    }
    return res;
  }, [index, query, view, section, aspect, voice, favSet, recent, rankRecent]);

  useEffect(() => {
    setActive(-1);
    setShown(PAGE);
    setRankRecent(recent);
    // Only a new query or filter re-ranks; `recent` changing on insert must not.
  }, [query, view, section, aspect, voice]);

  const visible = results.slice(0, shown);

  const focusOption = (i: number) => {
    setActive(i);
    optionRefs.current[i]?.focus();
    optionRefs.current[i]?.scrollIntoView?.({ block: "nearest" });
  };

  const doInsert = async (p: Phrase) => {
    // Exactly once: a second Enter or double-click while the first insertion runs is ignored.
    if (inserting.current) return;
    inserting.current = true;
    try {
      await insert(p.text);
      setRecent((prev) => {
        const next = recordUse(prev, p.id);
        // Idempotent, so a double call of the updater (StrictMode) is harmless.
        saved(store.saveRecent(next));
        return next;
      });
      setStatus(`已插入：${p.text.slice(0, 20)}`);
      setMessage((m) => (m?.intent === "error" ? null : m));
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      inserting.current = false;
    }
  };

  const toggleFavorite = (p: Phrase) => {
    const next = favSet.has(p.id) ? favorites.filter((id) => id !== p.id) : [...favorites, p.id];
    setFavorites(next);
    saved(store.saveFavorites(next));
  };

  const saveMine = (phrases: Phrase[], cats: string[]) => {
    setMine(phrases);
    setCategories(cats);
    saved(store.savePhrases(phrases, cats));
  };

  const onSaveDraft = (d: PhraseDraft) => {
    if (!editing) return;
    const cats = categories.includes(d.category) ? categories : [...categories, d.category];
    // Same duplicate rule as import: whitespace-insensitive, against the library and own phrases.
    const key = textKey(cleanText(d.text));
    const dup = all.find((p) => textKey(p.text) === key && p.id !== editing.id);
    if (dup) {
      setMessage({ intent: "warning", text: "已有相同文字的常用语，未重复保存。" });
      setEditing(null);
      return;
    }
    if (editing.id) {
      saveMine(
        mine.map((p) => (p.id === editing.id ? makeUserPhrase(d.text, d.category, draftTags(d, p.tags), p.id, d.voice ?? p.voice) : p)),
        cats,
      );
      setMessage({ intent: "success", text: "已保存修改。" });
    } else {
      saveMine([...mine, makeUserPhrase(d.text, d.category, draftTags(d, []), undefined, d.voice ?? "通用")], cats);
      setMessage({ intent: "success", text: "已添加到我的常用语。" });
    }
    setEditing(null);
  };

  const onDelete = () => {
    if (!deleting) return;
    saveMine(
      mine.filter((p) => p.id !== deleting.id),
      categories,
    );
    if (favSet.has(deleting.id)) {
      const f = favorites.filter((id) => id !== deleting.id);
      setFavorites(f);
      saved(store.saveFavorites(f));
    }
    setDeleting(null);
    setMessage({ intent: "success", text: "已删除。" });
    searchRef.current?.focus();
  };

  const onExport = () => {
    if (mine.length === 0) return setMessage({ intent: "info", text: "我的常用语为空，没有可导出的内容。" });
    const ok = saveFile("我的常用语.json", exportPhrases(mine), "application/json");
    setMessage(ok ? { intent: "success", text: `已导出 ${mine.length} 条。` } : { intent: "error", text: "当前环境不支持下载文件。" });
  };

  const onImportFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > LIMITS.importBytesMax) return setMessage({ intent: "error", text: "导入失败：文件超过 2 MB" });
    let text: string;
    let note: string;
    try {
      ({ text, note } = await readTextFile(file));
    } catch (e) {
      return setMessage({ intent: "error", text: `导入失败：${e instanceof Error ? e.message : "无法读取文件"}` });
    }
    const r = parseImport(text, mine, library);
    if (!r.ok) return setMessage({ intent: "error", text: `导入失败：${r.errors.join("；")}${note}` });
    const cats = [...categories];
    for (const p of r.phrases) if (!cats.includes(categoryOf(p))) cats.push(categoryOf(p));
    saveMine(r.phrases, cats);
    setMessage({ intent: "success", text: `已导入 ${r.added} 条${r.merged ? `，合并重复 ${r.merged} 条` : ""}。${note}` });
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && visible.length) {
      e.preventDefault();
      focusOption(0);
    } else if (e.key === "Enter" && visible.length) {
      e.preventDefault();
      void doInsert(visible[Math.max(0, active)].phrase);
    } else if (e.key === "Escape" && query) {
      e.preventDefault();
      setQuery("");
    }
  };

  const onOptionKey = (e: KeyboardEvent<HTMLDivElement>, i: number) => {
    const p = visible[i].phrase;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (i + 1 < visible.length) focusOption(i + 1);
        break;
      case "ArrowUp":
        e.preventDefault();
        if (i > 0) focusOption(i - 1);
        else {
          setActive(-1);
          searchRef.current?.focus();
        }
        break;
      case "Home":
        e.preventDefault();
        focusOption(0);
        break;
      case "End":
        e.preventDefault();
        focusOption(visible.length - 1);
        break;
      case "Enter":
      case " ":
        e.preventDefault();
        void doInsert(p);
        break;
      case "Escape":
        e.preventDefault();
        setActive(-1);
        searchRef.current?.focus();
        break;
      case "*":
        e.preventDefault();
        toggleFavorite(p);
        break;
      case "F2":
        if (p.user) {
          e.preventDefault();
          setEditing({ id: p.id, draft: { text: p.text, category: categoryOf(p) } });
        }
        break;
      case "Delete":
        if (p.user) {
          e.preventDefault();
          setDeleting(p);
        }
        break;
    }
  };

  const sectionOptions = view === "mine" ? categories : tree.map((t) => t.section);

  return (
    <div className={styles.root}>
      <input
        ref={searchRef}
        type="search"
        role="searchbox"
        className={styles.search}
        aria-label="搜索常用语（汉字、全拼或首字母）"
        aria-controls="phrase-results"
        aria-describedby="phrase-keys-help"
        placeholder="搜索：汉字、拼音或首字母，如 llxx"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onSearchKey}
        autoComplete="off"
        spellCheck={false}
      />
      <div className={styles.filters}>
        <Select size="small" aria-label="范围" value={view} onChange={(_, d) => (setView(d.value as PhraseView), setSection(""), setAspect(""))}>
          <option value="all">全部常用语</option>
          <option value="fav">★ 收藏</option>
          <option value="recent">最近使用</option>
          <option value="mine">我的常用语</option>
        </Select>
        <Select size="small" aria-label="口吻" value={voice} onChange={(_, d) => setVoice(d.value as "" | PhraseVoice)}>
          <option value="">全部口吻</option>
          <option value="班子">班子（我们）</option>
          <option value="个人">个人（我）</option>
          <option value="通用">通用</option>
        </Select>
        <Select size="small" aria-label="分类" value={section} onChange={(_, d) => (setSection(d.value), setAspect(""))}>
          <option value="">{view === "mine" ? "全部分类" : "全部部分"}</option>
          {sectionOptions.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
        {view !== "mine" && (
          <Select size="small" aria-label="方面" value={aspect} disabled={aspects.length === 0} onChange={(_, d) => setAspect(d.value)}>
            <option value="">全部方面</option>
            {aspects.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        )}
      </div>
      <div className={styles.bar}>
        <Caption1 className={styles.count} role="status" aria-live="polite" data-testid="phrase-count">
          共 {results.length} 条
        </Caption1>
        <Button size="small" appearance="primary" disabled={active < 0 || active >= visible.length} onClick={() => active >= 0 && visible[active] && void doInsert(visible[active].phrase)}>
          插入
        </Button>
        <Button
          size="small"
          appearance="subtle"
          icon={<AddRegular />}
          onClick={() => setEditing({ id: null, draft: { text: query.trim() && /\p{Script=Han}/u.test(query) ? query.trim() : "", category: categories[0] ?? DEFAULT_CATEGORY } })}
        >
          新增
        </Button>
        <Button size="small" appearance="subtle" icon={<ArrowDownloadRegular />} onClick={onExport} aria-label="导出我的常用语">
          导出
        </Button>
        <Button size="small" appearance="subtle" icon={<ArrowUploadRegular />} onClick={() => fileRef.current?.click()} aria-label="导入常用语文件">
          导入
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,.txt,application/json,text/plain"
          className={styles.hiddenInput}
          aria-label="选择要导入的常用语文件"
          data-testid="phrase-import-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            void onImportFile(f);
          }}
        />
      </div>
      {message && (
        <MessageBar intent={message.intent} onClick={() => setMessage(null)}>
          <MessageBarBody>{message.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="关闭提示" icon={<DismissRegular />} onClick={() => setMessage(null)} />
            }
          />
        </MessageBar>
      )}
      <div className={styles.live} aria-live="polite">
        {status}
      </div>
      <div id="phrase-keys-help" className={styles.live}>
        上下方向键选择，Enter 或空格插入到光标处，星号键收藏或取消收藏，Esc 回到搜索框；我的常用语可按 F2 编辑、Delete 删除。
      </div>
      <div id="phrase-results" role="listbox" aria-label="常用语" aria-describedby="phrase-keys-help" className={styles.list}>
        {visible.map((r, i) => {
          const p = r.phrase;
          const fav = favSet.has(p.id);
          return (
            <div key={p.id} className={styles.row} role="none">
              <div
                ref={(el) => {
                  optionRefs.current[i] = el;
                }}
                role="option"
                id={`phrase-opt-${p.id}`}
                aria-selected={i === active}
                aria-label={`${p.text}（${p.path.join(" / ")}${fav ? "，已收藏" : ""}）`}
                aria-keyshortcuts="Enter *"
                tabIndex={i === active ? 0 : -1}
                data-phrase-id={p.id}
                className={`${styles.option} ${i === active ? styles.activeOption : ""}`}
                onClick={() => setActive(i)}
                onDoubleClick={() => void doInsert(p)}
                onKeyDown={(e) => onOptionKey(e, i)}
                onFocus={() => setActive(i)}
                title="单击选中，双击或按 Enter 插入到光标处"
              >
                {segments(p.text, r.ranges).map((s, k) =>
                  s.hit ? (
                    <mark key={k} className={styles.mark}>
                      {s.text}
                    </mark>
                  ) : (
                    <span key={k}>{s.text}</span>
                  ),
                )}
                <Caption1 className={styles.path}>{p.path.join(" · ")}</Caption1>
              </div>
              <div className={styles.actions}>
                <Button
                  size="small"
                  appearance="transparent"
                  tabIndex={-1}
                  icon={fav ? <StarFilled color={tokens.colorPaletteMarigoldForeground1} /> : <StarRegular />}
                  aria-label={fav ? "取消收藏" : "收藏"}
                  aria-pressed={fav}
                  onClick={() => toggleFavorite(p)}
                />
                {p.user && (
                  <>
                    <Button
                      size="small"
                      appearance="transparent"
                      tabIndex={-1}
                      icon={<EditRegular />}
                      aria-label="编辑"
                      onClick={() => setEditing({ id: p.id, draft: { text: p.text, category: categoryOf(p) } })}
                    />
                    <Button size="small" appearance="transparent" tabIndex={-1} icon={<DeleteRegular />} aria-label="删除" onClick={() => setDeleting(p)} />
                  </>
                )}
              </div>
            </div>
          );
        })}
      </div>
      {results.length > shown && (
        <Button size="small" appearance="secondary" onClick={() => setShown(shown + PAGE)}>
          显示更多（还有 {results.length - shown} 条）
        </Button>
      )}
      {results.length === 0 && (
        <Caption1>{view === "mine" && mine.length === 0 ? "还没有自己的常用语，点击“新增”添加。" : "没有找到匹配的常用语。"}</Caption1>
      )}
      <PhraseDialog
        open={editing !== null}
        title={editing?.id ? "编辑常用语" : "新增常用语"}
        initial={editing?.draft ?? EMPTY_DRAFT}
        categories={categories}
        aspects={libraryAspects}
        onSave={onSaveDraft}
        onCancel={() => setEditing(null)}
      />
      <ConfirmDialog open={deleting !== null} text={deleting?.text ?? ""} onConfirm={onDelete} onCancel={() => setDeleting(null)} />
    </div>
  );
}

const EMPTY_DRAFT: PhraseDraft = { text: "", category: DEFAULT_CATEGORY };

/** A draft's 部分 and 方面 become tags (search finds the phrase by them); other tags are kept. */
function draftTags(d: PhraseDraft, old: string[]): string[] {
  const marks = new Set<string>([...PHRASE_SECTIONS]);
  const kept = old.filter((t) => !marks.has(t) && t !== d.aspect);
  return [...new Set([...(d.section ? [d.section] : []), ...(d.aspect ? [d.aspect] : []), ...kept])];
}
