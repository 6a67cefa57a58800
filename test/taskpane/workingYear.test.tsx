/** @jest-environment jsdom */
/**
 * 常用语's default list follows the 年度 of 骨架 (issue 10): detected from the document title, then
 * as the user chooses another theme; not the calendar year.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

jest.mock("../../src/office/read", () => ({
  readDocument: jest.fn(async () => ({
    model: { paragraphs: [{ index: 0, text: "某局领导班子2024年度民主生活会对照检查材料", styleName: "", headingLevel: null, listString: "", inTable: false }] },
    syncs: 1,
  })),
}));
jest.mock("../../src/office/skeleton", () => ({
  insertSkeletonAtCursor: jest.fn(async () => ({ paragraphs: 12, tag: "t", syncs: 2 })),
  undoLastInsertion: jest.fn(async () => ({ syncs: 2 })),
  lastInsertion: jest.fn(() => null),
}));
jest.mock("../../src/office/format", () => ({ applyOfficialFormat: jest.fn() }));

import { libraryPhrases } from "../../src/core/phrases/library";
import { SkeletonTab } from "../../src/taskpane/tabs/SkeletonTab";
import { PhrasesTab } from "../../src/taskpane/tabs/PhrasesTab";
import { WorkingYearProvider } from "../../src/taskpane/yearContext";

const byId = new Map(libraryPhrases().map((p) => [p.id, p]));
/** The 年度 tags of the first rows of the default list. */
const leadingYears = (n: number) =>
  within(screen.getByRole("listbox"))
    .getAllByRole("option")
    .slice(0, n)
    .map((o) => byId.get(o.getAttribute("data-phrase-id")!)?.tags.find((t) => /^20\d\d/.test(t)) ?? null);

afterEach(() => localStorage.clear());

it("puts the detected year's phrases first, then the year chosen in 骨架", async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkingYearProvider>
        <SkeletonTab active />
        <PhrasesTab active={false} />
      </WorkingYearProvider>
    </FluentProvider>,
  );
  await screen.findByText("已根据文档标题选择");
  expect(screen.getByRole("combobox", { name: "年度主题" })).toHaveTextContent("2024年度");
  // The library has a handful of 2024 phrases and many more of 2026 (the calendar's 年度).
  await waitFor(() => expect(leadingYears(3)).toEqual(["2024年度", "2024年度", "2024年度"]));

  fireEvent.click(screen.getByRole("combobox", { name: "年度主题" }));
  fireEvent.click(await screen.findByRole("option", { name: /^2025年度民主生活会/ }));
  await waitFor(() => expect(leadingYears(3)).toEqual(["2025年度", "2025年度", "2025年度"]));
});

it("outside 骨架's provider keeps the 年度 due now (the calendar)", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <PhrasesTab active={false} />
    </FluentProvider>,
  );
  const first = leadingYears(1)[0];
  expect(first).toMatch(/^20\d\d年度$/);
  expect(first).not.toBe("2024年度");
});
