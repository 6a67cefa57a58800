import { PresetImport, type PresetImportProps } from "../PresetImport";
import {
  Badge,
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  ProgressBar,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DocumentModel, Finding } from "../../core/types";
import { hasCheckableText, NO_CHECKABLE_TEXT } from "../../core/checkable";
import { useHost } from "../host";
import { copyText, reportFileBase, saveFile } from "../check/exporting";
import { FindingList } from "../check/FindingList";
import { aspectsLabel, completeness, groupFindings, reportJson, reportText, type CheckResult } from "../check/report";
import { officeCheckService, type CheckService } from "../check/service";
import { applyWordList, documentKey, findingFingerprint } from "../../core/findingPrefs";
import { fingerprintsOf } from "../check/fingerprints";
import { CheckPrefsStore } from "../check/checkPrefs";
import { CheckFilters, NO_FILTER, passesFilter, type FilterState } from "../check/CheckFilters";
import { WordListPanel } from "../check/WordListPanel";

export interface CheckTabProps {
  /** Whether the tab is the visible one (tabs stay mounted so their state survives switching). */
  active: boolean;
  /** 导入本单位预设 (optional: absent in isolated component tests). */
  presetFiles?: PresetImportProps;
  /** The office + core binding; replaced in component tests. */
  service?: CheckService;
  /** Where ignored findings and the 本单位词表 are remembered (localStorage); replaced in tests. */
  prefs?: CheckPrefsStore;
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  summary: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: "8px",
    rowGap: "2px",
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: "anywhere" },
  outline: { listStyle: "none", margin: "4px 0 0", padding: 0 },
  outlineItem: { display: "flex", gap: "6px", alignItems: "baseline", padding: "1px 0", overflowWrap: "anywhere" },
  details: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "6px" },
  summaryToggle: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
});

type Notice = { intent: "success" | "error" | "warning" | "info"; text: string; recheck?: boolean } | null;

/** Lets the browser paint (spinner, progress) between the read and the check. */
const yieldToUI = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());
/** The check off the UI thread where the service offers it (checkRunner.ts), else in place. */
const checkOffThread = async (service: CheckService, model: DocumentModel, choice: string | null) =>
  service.checkAsync ? service.checkAsync(model, choice ?? undefined) : service.check(model, choice ?? undefined);

/** 「检查」: check the open document, jump to each finding, fix in one click, export the report. */
export function CheckTab({ active, service = officeCheckService, presetFiles, prefs: prefsProp }: CheckTabProps) {
  const styles = useStyles();
  const host = useHost();
  const prefs = useMemo(() => prefsProp ?? new CheckPrefsStore(), [prefsProp]);
  const [filter, setFilter] = useState<FilterState>(NO_FILTER);
  const [words, setWords] = useState<string[]>(() => prefs.words());
  /** Fingerprints ignored in the checked document, with the document key they belong to. */
  const [ignored, setIgnored] = useState<{ key: string; set: ReadonlySet<string> } | null>(null);
  const [model, setModel] = useState<DocumentModel | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  /** null = detect the preset from the document. */
  const [presetChoice, setPresetChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | "check" | "locate" | "fix">(null);
  const [slow, setSlow] = useState(false);
  /** Progress of a long read, as the host reports it (null: not reading, or nothing reported yet). */
  const [readProgress, setReadProgress] = useState<{ read: number; total?: number } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const [stats, setStats] = useState<{ syncs: number; ms: number; readMs: number; checkMs: number } | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  /** The document changed after the check: the results stay (they still navigate) but may be out of date. */
  const [stale, setStale] = useState(false);
  /** Stops watching the document for changes since the last check. */
  const stopWatch = useRef<(() => void) | null>(null);
  const imported = presetFiles?.imported;
  // Re-read when the imported preset files change (the core's list changed with them).
  const presets = useMemo(() => {
    void imported;
    try {
      return service.presets();
    } catch {
      return [];
    }
  }, [service, imported]);
  const mounted = useRef(true);
  const resultRef = useRef<HTMLDivElement>(null);
  const checkButtonRef = useRef<HTMLButtonElement>(null);
  /** Display position of the finding just fixed: keyboard focus moves to the finding now there. */
  const focusAfterFix = useRef<number | null>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stopWatch.current?.();
      stopWatch.current = null;
    };
  }, []);

  /** Watches for edits since the read the results come from (`since`: its signature, when the host gives one). */
  const watchDocument = useCallback((since?: string) => {
    stopWatch.current?.();
    stopWatch.current = null;
    try {
      stopWatch.current =
        service.onDocumentChange?.(() => {
          stopWatch.current = null;
          if (mounted.current) setStale(true);
        }, since) ?? null;
    } catch {
      // No change notice on this host: 定位 still reports text that no longer matches.
    }
  }, [service]);
  const unwatchDocument = () => {
    stopWatch.current?.();
    stopWatch.current = null;
  };

  // Leaving the tab removes the temporary highlight of the last jump (WordApi 1.8; UI only).
  useEffect(() => {
    if (!active) void service.clearHighlight?.();
  }, [active, service]);

  const runCheck = useCallback(
    async (choice: string | null, keepNotice?: Notice) => {
      // The last jump's temporary highlight belongs to the old results (UI only; failures ignored).
      void service.clearHighlight?.()?.catch(() => undefined);
      setBusy("check");
      setNotice(keepNotice ?? null);
      setSlow(false);
      const timer = setTimeout(() => mounted.current && setSlow(true), 300);
      const t0 = now();
      let shown = false;
      unwatchDocument();
      setStale(false);
      try {
        setReadProgress(null);
        const read = await service.read({ onProgress: (n, total) => mounted.current && setReadProgress({ read: n, total }) });
        setReadProgress(null);
        if (!hasCheckableText(read.model)) {
          // Empty, whitespace-only or image-only: an error, never “未发现问题”.
          unwatchDocument();
          if (mounted.current) {
            setModel(null);
            setResult(null);
            setNotice({ intent: "error", text: `${NO_CHECKABLE_TEXT}。请先输入或粘贴材料正文，再点击“检查”。` });
          }
          return;
        }
        // From here on an edit makes these results stale.
        watchDocument(read.signature);
        const t1 = now();
        await yieldToUI();
        const t2 = now();
        const r = await checkOffThread(service, read.model, choice);
        const t3 = now();
        const ms = t3 - t0;
        if (!mounted.current) return;
        shown = true;
        // A long result list renders as an interruptible transition (the pane stays responsive);
        // the button is re-enabled in the same commit, so "idle" always means "results shown".
        startTransition(() => {
          setModel(read.model);
          setResult(r);
          setWarnings(read.warnings);
          setStats({ syncs: read.syncs, ms, readMs: t1 - t0, checkMs: t3 - t2 });
          setCurrent(null);
          setBusy(null);
          setSlow(false);
        });
      } catch (e) {
        // The results shown (if any) are the previous check's: whether they are stale is unknown now.
        unwatchDocument();
        if (mounted.current) setNotice({ intent: "error", text: host.userMessage(e, "检查", false) });
      } finally {
        clearTimeout(timer);
        if (mounted.current && !shown) {
          setBusy(null);
          setSlow(false);
        }
      }
    },
    [service, host, watchDocument],
  );

  const changePreset = (id: string) => {
    const choice = id === "" ? null : id;
    setPresetChoice(choice);
    if (!model) return;
    // Re-check the cached model: no new read.
    setBusy("check");
    checkOffThread(service, model, choice)
      .then((r) => {
        if (!mounted.current) return;
        startTransition(() => {
          setResult(r);
          setCurrent(null);
          setBusy(null);
        });
      })
      .catch((e) => {
        if (!mounted.current) return;
        setNotice({ intent: "error", text: host.userMessage(e, "检查", false) });
        setBusy(null);
      });
  };

  const locate = async (index: number, f: Finding) => {
    if (!model || f.paragraph < 0) return;
    setBusy("locate");
    setCurrent(index);
    try {
      const out = await service.select(host.paragraphRef(model, f.paragraph));
      if (!out.ok) setNotice({ intent: "warning", text: "找不到该段落：文档在检查后已被修改。", recheck: true });
      else if (out.stale) setNotice({ intent: "warning", text: "文档在检查后已被修改，定位可能不准确。", recheck: true });
      else setNotice(null);
    } catch (e) {
      setNotice({ intent: "error", text: host.userMessage(e, "定位", false), recheck: true });
    } finally {
      setBusy(null);
    }
  };


  const fix = async (index: number, f: Finding) => {
    if (!model || !f.fix) return;
    const shown = Array.from(resultRef.current?.querySelectorAll<HTMLElement>("[data-finding-index]") ?? []);
    const pos = shown.findIndex((el) => el.dataset.findingIndex === String(index));
    setBusy("fix");
    // The fix changes the document on purpose: not a reason to call the results stale (the re-check below watches again).
    unwatchDocument();
    try {
      await service.applyFix(f.fix, model);
    } catch (e) {
      setBusy(null);
      setNotice({ intent: "error", text: host.userMessage(e, "修正"), recheck: true });
      return;
    }
    focusAfterFix.current = Math.max(0, pos);
    // Re-check at once so the list reflects the document.
    await runCheck(presetChoice, { intent: "success", text: `已修正：${f.fix.label}` });
  };

  // After the check: the 本单位词表 drops what it covers; ignored findings leave the list and the
  // counts (shown again with 显示已忽略); the filters only hide.
  const docKey = useMemo(() => (model ? documentKey(model) : null), [model]);
  const ignoredSet = useMemo<ReadonlySet<string>>(
    () => (docKey === null ? new Set() : ignored?.key === docKey ? ignored.set : new Set(prefs.ignored(docKey))),
    [docKey, ignored, prefs],
  );
  // A long document can have tens of thousands of findings: everything derived from them below is
  // memoized (re-rendering for a notice or a click must not redo it), and the fingerprints come
  // from the check worker when it ran there (fingerprints.ts).
  const effective = useMemo(
    () => (result ? { ...result, findings: words.length ? applyWordList(result.findings, words, model) : result.findings } : null),
    [result, words, model],
  );
  const fingerprints = useMemo(() => (effective && result ? fingerprintsOf(effective.findings, result.findings, model) : []), [effective, result, model]);
  const isIgnored = useCallback((i: number) => ignoredSet.has(fingerprints[i]), [ignoredSet, fingerprints]);
  /** The result as reviewed: word list applied, ignored findings left out (summary, export). */
  const reviewed = useMemo(
    () => (effective ? { ...effective, findings: ignoredSet.size ? effective.findings.filter((_, i) => !isIgnored(i)) : effective.findings } : null),
    [effective, isIgnored, ignoredSet],
  );
  const ignoredCount = effective && reviewed ? effective.findings.length - reviewed.findings.length : 0;
  const filtering = filter.severity !== null || filter.rule !== null;
  const shownCount = useMemo(
    () => (!reviewed ? 0 : filtering ? reviewed.findings.filter((f) => passesFilter(f, filter)).length : reviewed.findings.length),
    [reviewed, filter, filtering],
  );
  const hiddenByFilter = reviewed ? reviewed.findings.length - shownCount : 0;

  const preset = result ? service.preset(result.preset.id) : undefined;
  const summary = useMemo(() => (reviewed ? completeness(reviewed, preset) : null), [reviewed, preset]);
  const groups = useMemo(() => {
    if (!effective) return [];
    const hideIgnored = !filter.showIgnored && ignoredSet.size > 0;
    // Nothing filtered and nothing ignored: every finding is listed, no test per finding.
    if (!filtering && !hideIgnored) return groupFindings(effective);
    return groupFindings(effective, (f, i) => passesFilter(f, filter) && (!hideIgnored || !isIgnored(i)));
  }, [effective, filter, filtering, isIgnored, ignoredSet]);

  const setIgnore = (index: number, f: Finding, ignore: boolean) => {
    if (docKey === null) return;
    // An ignored card leaves the list: keyboard focus moves to the card now at its place.
    const shown = Array.from(resultRef.current?.querySelectorAll<HTMLElement>("[data-finding-index]") ?? []);
    if (ignore && !filter.showIgnored) focusAfterFix.current = Math.max(0, shown.findIndex((el) => el.dataset.findingIndex === String(index)));
    const fp = findingFingerprint(f, model);
    const next = new Set(ignoredSet);
    if (ignore) next.add(fp);
    else next.delete(fp);
    setIgnored({ key: docKey, set: next });
    const saved = prefs.saveIgnored(docKey, [...next]);
    setNotice(
      !saved && prefs.warning
        ? { intent: "warning", text: prefs.warning }
        : ignore
          ? { intent: "info", text: `已忽略：${f.message}（可打开“显示已忽略”撤销）` }
          : { intent: "success", text: "已撤销忽略。" },
    );
  };
  const changeWords = (next: string[]) => {
    setWords(next);
    if (!prefs.saveWords(next) && prefs.warning) setNotice({ intent: "warning", text: prefs.warning });
  };

  // After a fix and its re-check, the fixed finding is usually gone: keep the keyboard user in the
  // list (the finding now at the same position, else 重新检查) instead of dropping focus to the page.
  useEffect(() => {
    if (busy !== null || focusAfterFix.current === null) return;
    const pos = focusAfterFix.current;
    focusAfterFix.current = null;
    const items = Array.from(resultRef.current?.querySelectorAll<HTMLElement>("[data-finding-index]") ?? []);
    const next = items.length ? items[Math.min(pos, items.length - 1)].querySelector<HTMLButtonElement>("button") : null;
    (next ?? checkButtonRef.current)?.focus();
  }, [busy, result, groups]);

  const exportText = async () => {
    if (!reviewed) return;
    const ok = await copyText(reportText(reviewed, preset));
    setNotice(ok ? { intent: "success", text: "报告已复制到剪贴板。" } : { intent: "error", text: "无法访问剪贴板，请改用“保存为 .txt”。" });
  };
  const save = (kind: "txt" | "json") => {
    if (!reviewed) return;
    const base = reportFileBase();
    const ok =
      kind === "txt"
        ? saveFile(`${base}.txt`, reportText(reviewed, preset), "text/plain")
        : saveFile(`${base}.json`, reportJson(reviewed), "application/json");
    const name = `${base}.${kind}`;
    setNotice(
      ok
        ? { intent: "success", text: `已生成报告文件“${name}”，请在下载位置查看；如未看到，请改用“复制报告”。` }
        : { intent: "error", text: "当前环境不支持保存文件，请改用“复制报告”。" },
    );
  };

  const presetLabel = (id: string) => {
    const p = presets.find((x) => x.id === id);
    return p ? `${p.label}${p.verified ? "" : "（未核实）"}` : id;
  };

  return (
    <div className={styles.stack} data-active={active ? "true" : "false"}>
      <div className={styles.row}>
        <Button
          ref={checkButtonRef}
          appearance="primary"
          onClick={() => void runCheck(presetChoice)}
          // Focusable while busy: disabling the focused button would drop keyboard focus to the page.
          disabledFocusable={busy !== null}
          data-action="check"
        >
          {result ? "重新检查" : "开始检查"}
        </Button>
        {busy === "check" && slow && (
          <Spinner
            size="tiny"
            label={readProgress ? `正在读取文档…已读 ${readProgress.read} 段${readProgress.total ? ` / 共 ${readProgress.total} 段` : ""}` : "正在读取并检查文档…"}
            data-testid="check-progress"
          />
        )}
        {busy === "fix" && <Spinner size="tiny" label="正在修正…" />}
      </div>
      {busy === "check" && slow && (
        <ProgressBar aria-label="检查进度" value={readProgress?.total ? Math.min(1, readProgress.read / readProgress.total) : undefined} />
      )}
      {!result && busy === null && !notice && (
        <Text className={styles.muted}>
          读取整篇文档，按所选预设检查结构是否完整、方面是否齐全、编号是否规范，以及审核时常被退回的问题。
        </Text>
      )}

      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          {notice.recheck && (
            <MessageBarActions>
              <Button size="small" onClick={() => void runCheck(presetChoice)} disabled={busy !== null}>
                重新检查
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {result && stale && busy !== "check" && (
        <MessageBar intent="warning" data-testid="stale-notice">
          <MessageBarBody>结果可能已过期，请重新检查：文档在检查后已被修改。下面仍是上次检查的结果，定位时会核对段落文字。</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void runCheck(presetChoice)} disabled={busy !== null}>
              重新检查
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}

      {result && summary && (
        <div
          className={styles.stack}
          data-testid="check-result"
          data-stale={stale ? "true" : undefined}
          ref={resultRef}
          data-syncs={stats?.syncs}
          data-ms={stats ? Math.round(stats.ms) : undefined}
          data-ms-read={stats ? Math.round(stats.readMs) : undefined}
          data-ms-check={stats ? Math.round(stats.checkMs) : undefined}
        >
          <Field label="预设">
            <Dropdown
              aria-label="预设"
              value={presetLabel(result.preset.id)}
              selectedOptions={[presetChoice ?? ""]}
              onOptionSelect={(_, d) => changePreset(d.optionValue ?? "")}
              disabled={busy !== null}
            >
              <Option value="" text={`自动识别（${presetLabel(result.preset.id)}）`}>
                自动识别
              </Option>
              {presets.map((p) => (
                <Option key={p.id} value={p.id} text={presetLabel(p.id)}>
                  {presetLabel(p.id)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {result.preset.detected && presetChoice === null && (
            <Text size={200} className={styles.muted}>
              预设由文档标题自动识别，如不符请在上方更换。
            </Text>
          )}
          {presetFiles && <PresetImport {...presetFiles} />}

          <dl className={styles.summary} aria-label="检查摘要">
            <dt className={styles.dt}>必备部分</dt>
            <dd className={styles.dd} data-summary="sections">
              {summary.requiredPresent}/{summary.requiredTotal}
              {summary.missingRequired.length > 0 && `（缺少：${summary.missingRequired.join("、")}）`}
            </dd>
            {summary.aspectsTotal > 0 && (
              <>
                <dt className={styles.dt}>{summary.aspectGroup || "方面"}</dt>
                <dd className={styles.dd} data-summary="aspects">
                  {aspectsLabel(summary)}
                </dd>
              </>
            )}
            <dt className={styles.dt}>问题</dt>
            <dd className={styles.dd} data-summary="counts">
              错误 {summary.counts.error} · 警告 {summary.counts.warning} · 提示 {summary.counts.info}
              {ignoredCount > 0 && `（另有已忽略 ${ignoredCount} 项）`}
            </dd>
            {hiddenByFilter > 0 && (
              <>
                <dt className={styles.dt}>筛选</dt>
                <dd className={styles.dd} data-summary="filter">
                  显示 {shownCount} 项，另有 {hiddenByFilter} 项被筛选隐藏
                </dd>
              </>
            )}
            <dt className={styles.dt}>篇幅</dt>
            <dd className={styles.dd}>
              {result.stats.paragraphs} 段 · {result.stats.characters} 字
            </dd>
          </dl>

          <details className={styles.details}>
            <summary className={styles.summaryToggle}>文档结构（{result.analysis.sections.length} 个部分）</summary>
            <ul className={styles.outline} aria-label="文档结构">
              {result.analysis.sections.map((s, i) => (
                <li key={i} className={styles.outlineItem}>
                  <Badge appearance={s.kind ? "tint" : "outline"} color={s.kind ? "brand" : "subtle"} size="small">
                    {s.kind ?? "未识别"}
                  </Badge>
                  <Text size={200}>{s.title || "（无标题）"}</Text>
                </li>
              ))}
            </ul>
          </details>

          {effective && effective.findings.length > 0 && (
            <CheckFilters findings={reviewed?.findings ?? []} ignoredCount={ignoredCount} filter={filter} onChange={setFilter} />
          )}
          {!effective || effective.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>未发现问题。</MessageBarBody>
            </MessageBar>
          ) : groups.length === 0 ? (
            <MessageBar intent="info">
              <MessageBarBody>{reviewed?.findings.length ? "当前筛选下没有问题。" : "其余问题均已忽略。"}</MessageBarBody>
              {(filter.severity !== null || filter.rule !== null) && (
                <MessageBarActions>
                  <Button size="small" onClick={() => setFilter({ ...NO_FILTER, showIgnored: filter.showIgnored })}>
                    清除筛选
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          ) : (
            <FindingList
              groups={groups}
              current={current}
              busy={busy !== null}
              onLocate={(i, f) => void locate(i, f)}
              onFix={(i, f) => void fix(i, f)}
              isIgnored={isIgnored}
              onIgnore={(i, f, ignore) => setIgnore(i, f, ignore)}
            />
          )}
          <WordListPanel words={words} onChange={changeWords} onNotice={(intent, text) => setNotice({ intent, text })} />

          <div className={styles.row}>
            <Button size="small" onClick={() => void exportText()}>
              复制报告
            </Button>
            <Button size="small" onClick={() => save("txt")}>
              保存为 .txt
            </Button>
            <Button size="small" onClick={() => save("json")}>
              保存为 .json
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
