/**
 * The part of the WPS 文字 JS object model (a synchronous, VBA-like, 1-based API; every member
 * access crosses a process boundary) that src/wps uses. Names and constants follow Word VBA,
 * which WPS mirrors; sources for each member are listed in the WPS section of the report / README.
 *
 * Only types and constants: the adapter gets the live objects from `window.Application` or
 * `window.wps.WpsApplication()` (./app.ts).
 */

/** WdBuiltinStyle values used (Word VBA enumeration, mirrored by WPS). */
export const WD_STYLE = {
  normal: -1,
  heading1: -2,
  heading2: -3,
  heading3: -4,
  title: -63,
} as const;

/** wdWithInTable for Range.Information / Selection.Information. */
export const WD_WITH_IN_TABLE = 12;
/** wdMainTextStory for Range.StoryType. */
export const WD_MAIN_TEXT_STORY = 1;
/** wdNoProtection for Document.ProtectionType. */
export const WD_NO_PROTECTION = -1;
/** WdParagraphAlignment. */
export const WD_ALIGN = { Left: 0, Centered: 1, Right: 2, Justified: 3 } as const;
/** wdLineSpaceExactly for ParagraphFormat.LineSpacingRule. */
export const WD_LINE_SPACE_EXACTLY = 4;
/** wdCollapseEnd for Range.Collapse. */
export const WD_COLLAPSE_END = 0;

/** Paragraph.Style / Range.Style reads as a localized name, a Style object or (rarely) a WdBuiltinStyle number. */
export type WpsStyleValue = string | number | { NameLocal: string } | null | undefined;

export interface WpsFont {
  Name: string;
  NameAscii: string;
  NameFarEast: string;
  Size: number;
  Bold: number | boolean;
}

export interface WpsParagraphFormat {
  Alignment: number;
  FirstLineIndent: number;
  LeftIndent: number;
  LineSpacingRule: number;
  LineSpacing: number;
  SpaceBefore: number;
  SpaceAfter: number;
}

export interface WpsFind {
  /**
   * Execute(FindText, MatchCase, MatchWholeWord, MatchWildcards, MatchSoundsLike, MatchAllWordForms,
   * Forward, Wrap, Format): true when found; the Range it belongs to becomes the match. Find
   * options are sticky across searches (the user's last search dialog), so callers pass them all.
   */
  Execute(
    findText: string,
    matchCase?: boolean,
    matchWholeWord?: boolean,
    matchWildcards?: boolean,
    matchSoundsLike?: boolean,
    matchAllWordForms?: boolean,
    forward?: boolean,
    wrap?: number,
    format?: boolean,
  ): boolean;
}

/** wdFindStop for Find.Execute's Wrap argument. */
export const WD_FIND_STOP = 0;

export interface WpsListFormat {
  ListString: string;
  RemoveNumbers(): void;
}

export interface WpsRange {
  Text: string;
  readonly Start: number;
  readonly End: number;
  Style: WpsStyleValue;
  readonly StoryType: number;
  readonly Paragraphs: WpsParagraphs;
  readonly ListFormat: WpsListFormat;
  readonly Font: WpsFont;
  readonly ParagraphFormat: WpsParagraphFormat;
  readonly Find: WpsFind;
  Information(type: number): unknown;
  InsertAfter(text: string): void;
  InsertBefore(text: string): void;
  InsertParagraphAfter(): void;
  Select(): void;
  Delete(): void;
}

export interface WpsParagraph {
  readonly Range: WpsRange;
  Style: WpsStyleValue;
  readonly OutlineLevel: number;
}

export interface WpsParagraphs {
  readonly Count: number;
  Item(index: number): WpsParagraph;
}

export interface WpsBookmark {
  readonly Name: string;
  readonly Range: WpsRange;
  Delete(): void;
}

export interface WpsBookmarks {
  Add(name: string, range: WpsRange): WpsBookmark;
  Exists(name: string): boolean;
  Item(name: string): WpsBookmark;
}

export interface WpsPageSetup {
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
}

export interface WpsRevisions {
  readonly Count: number;
}

export interface WpsDocument {
  readonly Paragraphs: WpsParagraphs;
  /** The main story as one Range. */
  readonly Content: WpsRange;
  /** Paragraphs that carry list formatting (automatic numbering). */
  readonly ListParagraphs: WpsParagraphs;
  readonly Bookmarks: WpsBookmarks;
  readonly Revisions: WpsRevisions;
  readonly PageSetup: WpsPageSetup;
  readonly ReadOnly: boolean;
  readonly ProtectionType: number;
  Range(start?: number, end?: number): WpsRange;
}

export interface WpsSelection {
  readonly Range: WpsRange;
  readonly Start: number;
  readonly End: number;
  readonly StoryType: number;
  Information(type: number): unknown;
  TypeText(text: string): void;
}

export interface WpsApplication {
  readonly ActiveDocument: WpsDocument | null;
  readonly Selection: WpsSelection;
  readonly Name: string;
  ScreenUpdating: boolean;
}

export interface WpsPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
}

/** The `wps` global of a WPS 加载项 page. */
export interface WpsGlobal {
  WpsApplication?: () => WpsApplication;
  PluginStorage?: WpsPluginStorage;
  /** Opens a page of the add-in in a WPS web dialog: (url, title, width, height in device pixels, modal). */
  ShowDialog?: (url: string, title: string, width: number, height: number, isModal: boolean) => unknown;
}
