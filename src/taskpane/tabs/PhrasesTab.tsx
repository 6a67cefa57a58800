import { useCallback, useEffect, useMemo, useState } from "react";
import { libraryPhrases } from "../../core/phrases/library";
import { orderByYear } from "../../core/phrases/yearOrder";
import { detectPreset } from "../../core/presets";
import { useHost } from "../host";
import { PhrasesView } from "../phrases/PhrasesView";
import { PhraseStore } from "../storage";
import { useWorkingYear } from "../yearContext";

export interface PhrasesTabProps {
  /** Whether the tab is the visible one (tabs stay mounted so their state survives switching). */
  active: boolean;
}

/** 「常用语」 tab: search, browse and insert phrases; favourites, recent, 我的常用语. */
export function PhrasesTab({ active }: PhrasesTabProps) {
  const host = useHost();
  const insert = useCallback((text: string) => host.insertAtCursor(text), [host]);
  const [store] = useState(() => new PhraseStore());
  useEffect(() => {
    // Put the caret in the search box whenever the tab becomes visible.
    if (active) document.querySelector<HTMLInputElement>("#panel-phrases input[type=search]")?.focus();
  }, [active]);
  // The default list follows the 年度 chosen or detected in 骨架 (its phrases first); before 骨架
  // has one (or for a theme of no year), the 年度 due now (2026年度 from November 2026).
  const { year: chosenYear } = useWorkingYear();
  const library = useMemo(() => {
    const today = new Date();
    const year = chosenYear ?? detectPreset({ paragraphs: [] }, { today }).preset.year ?? today.getFullYear();
    return orderByYear(libraryPhrases(), year);
  }, [chosenYear]);
  return <PhrasesView library={library} insert={insert} store={store} active={active} />;
}
