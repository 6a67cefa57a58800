import { Link, makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { Suspense, useEffect, useState } from "react";
import { CheckTab, loadPresetStore, PhrasesTab, SkeletonTab, useAfterFirstPaint, usePrefetchTabs } from "./lazyTabs";
import type { PresetImportProps } from "./PresetImport";
import { useHost } from "./host";
import { WorkingYearProvider } from "./yearContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100vh", color: tokens.colorNeutralForeground1 },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0, display: "flex", alignItems: "center" },
  review: { marginLeft: "auto", paddingRight: "12px", fontSize: tokens.fontSizeBase200 },
  panel: { flexGrow: 1, overflowY: "auto", padding: "8px 12px" },
});

type TabId = "skeleton" | "phrases" | "check";

const TABS: { id: TabId; label: string }[] = [
  { id: "skeleton", label: "骨架" },
  { id: "phrases", label: "常用语" },
  { id: "check", label: "检查" },
];

export function App() {
  const styles = useStyles();
  const host = useHost();
  const [tab, setTab] = useState<TabId>("skeleton");
  // 常用语 and 检查 are separate chunks, mounted the first time they are opened (then kept, so their
  // state survives switching); their code is fetched once the pane has painted.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(["skeleton"]));
  usePrefetchTabs();
  // 骨架 is a chunk too, requested once the tabs have painted (its panel shows 正在加载 until then).
  const painted = useAfterFirstPaint();
  // The unit's own preset files, installed into the core once (with the shipped presets, in 骨架's
  // chunk) before any tab renders; tabs re-read the preset list when the names change.
  const [importedPresets, setImportedPresets] = useState<string[] | null>(null);
  useEffect(() => {
    if (!painted) return;
    let cancelled = false;
    loadPresetStore().then(
      (store) => {
        if (!cancelled) setImportedPresets((names) => names ?? store.installStoredPresets());
      },
      // Not loadable (network): the tabs' own chunks report the failure the same way.
      () => setImportedPresets((names) => names ?? []),
    );
    return () => {
      cancelled = true;
    };
  }, [painted]);
  const presetFiles: PresetImportProps | null = importedPresets && { imported: importedPresets, onChange: setImportedPresets };
  const loading = <Spinner size="small" label="正在加载……" />;
  return (
    // 骨架's chosen or detected 年度 reaches 常用语 through this context.
    <WorkingYearProvider>
      <div className={styles.root}>
        <div className={styles.tabs}>
          <TabList
            selectedValue={tab}
            onTabSelect={(_, d) => {
              const id = d.value as TabId;
              setTab(id);
              setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
            }}
            aria-label="功能"
          >
            {TABS.map((t) => (
              <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
                {t.label}
              </Tab>
            ))}
          </TabList>
          {/* The 审核台 for many files at once (review.html): an Office dialog in Word, a WPS dialog (or a new window) in WPS. */}
          <Link className={styles.review} onClick={() => host.openAddinPage("review.html")} title="一次审核多份材料：雷同比对、年年提、汇总导出">
            批量审核
          </Link>
        </div>
        {TABS.map((t) => (
          <div
            key={t.id}
            id={`panel-${t.id}`}
            role="tabpanel"
            aria-labelledby={`tab-${t.id}`}
            hidden={tab !== t.id}
            className={styles.panel}
          >
            {opened.has(t.id) &&
              (presetFiles ? (
                <Suspense fallback={loading}>
                  {t.id === "skeleton" && <SkeletonTab active={tab === "skeleton"} presetFiles={presetFiles} />}
                  {t.id === "phrases" && <PhrasesTab active={tab === "phrases"} />}
                  {t.id === "check" && <CheckTab active={tab === "check"} presetFiles={presetFiles} />}
                </Suspense>
              ) : (
                loading
              ))}
          </div>
        ))}
      </div>
    </WorkingYearProvider>
  );
}
