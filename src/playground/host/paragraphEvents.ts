/**
 * Simulated WordApi 1.6 paragraph events (Document.onParagraphChanged / onParagraphAdded /
 * onParagraphDeleted): `add(handler)` registers a handler called when the document's content
 * changes. Simplification: called at once (within the change, e.g. during the add-in's sync),
 * where Word delivers events a moment later. Simplification: every content change raises
 * onParagraphChanged only (the sim does not tell changed, added and deleted paragraphs apart);
 * handlers of the other two are accepted and never called. Below WordApi 1.6 the getters are
 * absent (undefined), as the objects are in an older Word.
 */
import type { SimDocument } from "./model";

export interface SimEventHandlerResult {
  remove(): void;
}

export interface SimParagraphEvent {
  add(handler: (args: { type: string; source: "Local"; uniqueLocalIds: string[] }) => Promise<unknown> | void): SimEventHandlerResult;
}

type Kind = "paragraphChanged" | "paragraphAdded" | "paragraphDeleted";

export function paragraphEvent(doc: SimDocument, kind: Kind): SimParagraphEvent | undefined {
  if (!doc.isSetSupported("WordApi", "1.6")) return undefined;
  return {
    add(handler) {
      const off =
        kind === "paragraphChanged"
          ? doc.subscribe((e) => {
              if (e.kind !== "content") return;
              void handler({ type: kind, source: "Local", uniqueLocalIds: [] });
            })
          : () => undefined;
      return { remove: off };
    },
  };
}
