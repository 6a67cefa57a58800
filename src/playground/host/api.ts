/**
 * The Office.js proxy layer of the simulated Word host (the `Word` namespace the add-in sees).
 *
 * Office.js semantics modelled here (see /work/shared/docs/word-api.md and the Office docs article
 * "application-specific API model"):
 * - Every object is a PROXY. Methods and property writes are QUEUED on the request context and
 *   applied, in order, when `context.sync()` runs; until then the document does not change.
 * - A scalar property can be read only after `load()` + `await context.sync()`; earlier reads throw
 *   OfficeExtension.Error "PropertyNotLoaded" with Office's message. A property the add-in SET is
 *   readable at once (Office.js keeps the written value on the proxy).
 * - `load()` takes a string ("text,style"), a string[] (with navigation paths such as
 *   "items/listItemOrNullObject/listString" or "font/name", word-api.md §1.2) or
 *   `{ select, top, skip }` (word-api.md §1.3, paging). A load with no argument loads every scalar
 *   (Office discourages that; it works).
 * - Loads are queued like writes, so a load queued after a write sees the written state.
 * - `*OrNullObject` getters never fail: after the next sync `isNullObject` tells whether the object
 *   exists; properties of a null object read as undefined and methods on it are ignored. The plain
 *   variants (`listItem`, `parentTable`, `getParagraphByUniqueLocalId`) fail the sync with
 *   "ItemNotFound" (word-api.md §1.1, §2A).
 * - Methods return ClientResult objects (`getText()`, WordApi 1.7) whose `value` exists after sync.
 * - The first failing action rejects the sync with an OfficeExtension.Error; actions before it stay
 *   applied, actions after it are dropped (Word has no transactions).
 * - APIs newer than the host's WordApi version fail the sync with "ApiNotFound".
 * - Read-only documents: writes fail at sync with GeneralException (Word "Viewing" mode,
 *   office-js#5484) or AccessDenied (restricted editing); reads, select() and highlight() still work.
 * - Objects are bound to their `Word.run` context; using them after the run ended throws
 *   "InvalidRequestContext".
 */
//
// The proxies live in one file per Office.js object family; this module re-exports them.
//   context.ts        RequestContext, sync()
//   clientObject.ts   ClientObject / collection / ClientResult base
//   document.ts       Document, PageSetup
//   body.ts           Body
//   paragraph.ts      ParagraphCollection, Paragraph, ListItem
//   range.ts          Range, RangeCollection (search results, selection)
//   font.ts           Font
//   table.ts          Table
//   contentControl.ts ContentControlCollection, ContentControl
//   section.ts        SectionCollection, Section (headers / footers)
//   settings.ts       SettingCollection, Setting
//   trackedChange.ts  TrackedChangeCollection, TrackedChange
//   helpers.ts        text insertion, search and style helpers shared by the above
export { SimRequestContext, type HostCore } from "./context";
export { SimClientObject, SimClientResult } from "./clientObject";
export { SimDocumentProxy, SimPageSetupProxy } from "./document";
export { SimBodyProxy } from "./body";
export { SimParagraphCollection, SimParagraphProxy, SimListItemProxy } from "./paragraph";
export { SimRangeCollection, SimRangeProxy } from "./range";
export { SimFontProxy } from "./font";
export { SimTableProxy } from "./table";
export { SimContentControlCollection, SimContentControlProxy } from "./contentControl";
export { SimSectionCollection, SimSectionProxy } from "./section";
export { SimSettingCollection, SimSettingProxy } from "./settings";
export { SimTrackedChangeCollection, SimTrackedChangeProxy } from "./trackedChange";
