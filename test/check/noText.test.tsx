/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getPreset } from "../../src/core/presets";
import type { DocumentModel } from "../../src/core/types";
import type { CheckService } from "../../src/taskpane/check/service";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";
import { result } from "./fixtures";

const para = (index: number, text: string) => ({ index, text, styleName: "", headingLevel: null, listString: "", inTable: false });

function serviceFor(model: DocumentModel): CheckService {
  return {
    read: jest.fn(async () => ({ model, syncs: 1, warnings: [] })),
    check: jest.fn(() => result("dlsh-2025/banzi", [], true)),
    presets: () => [{ id: "dlsh-2025/banzi", label: "2025年度民主生活会 · 班子", verified: true }],
    preset: (id) => getPreset(id),
    select: jest.fn(async () => ({ ok: true, stale: false, syncs: 2 })),
    applyFix: jest.fn(async () => ({ syncs: 2, paragraphsDelta: 0 })),
  };
}

describe("CheckTab with a document that has no checkable text", () => {
  test.each([
    ["empty", []],
    ["whitespace and an image-only paragraph", [para(0, "  \u3000"), para(1, ""), para(2, "\t")]],
  ])("%s: an error, not “未发现问题”, and the checker is not run", async (_name, paragraphs) => {
    const service = serviceFor({ paragraphs });
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckTab active service={service} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("文档中没有可检查的文字");
    expect(screen.queryByText(/未发现问题/)).toBeNull();
    expect(service.check).not.toHaveBeenCalled();
  });

  test("a document with text is still checked (and may show 未发现问题)", async () => {
    const service = serviceFor({ paragraphs: [para(0, "一、存在的问题")] });
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckTab active service={service} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
    expect(await screen.findByText(/未发现问题/)).toBeTruthy();
    expect(service.check).toHaveBeenCalledTimes(1);
  });
});
