/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";

/** Waits for a lazily loaded tab (a state, not a duration): generous for a loaded 2-core machine. */
const LOADED = { timeout: 30000 };

describe("task pane shell", () => {
  it("shows the three tabs 骨架 / 常用语 / 检查 and switches panels", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>,
    );
    // Fluent's Tab duplicates its label in a hidden layout span, so compare accessible names.
    expect(screen.getAllByRole("tab")).toHaveLength(3);
    for (const name of ["骨架", "常用语", "检查"]) expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "骨架" })).toHaveAttribute("aria-selected", "true");
    fireEvent.click(screen.getByRole("tab", { name: "检查" }));
    expect(screen.getByRole("tab", { name: "检查" })).toHaveAttribute("aria-selected", "true");
    expect(document.getElementById("panel-check")).not.toHaveAttribute("hidden");
    expect(document.getElementById("panel-skeleton")).toHaveAttribute("hidden");
    // 检查 is its own chunk, mounted on first opening.
    expect(await within(document.getElementById("panel-check")!).findByRole("button", { name: "开始检查" }, LOADED)).toBeInTheDocument();
  }, 60000);

  it("mounts 常用语 and 检查 only when first opened, and keeps them mounted", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>,
    );
    expect(document.getElementById("panel-phrases")).toBeEmptyDOMElement();
    expect(document.getElementById("panel-check")).toBeEmptyDOMElement();
    fireEvent.click(screen.getByRole("tab", { name: "常用语" }));
    const search = await within(document.getElementById("panel-phrases")!).findByRole("searchbox", {}, LOADED);
    expect(document.getElementById("panel-check")).toBeEmptyDOMElement();
    fireEvent.click(screen.getByRole("tab", { name: "骨架" }));
    expect(document.getElementById("panel-phrases")).toContainElement(search);
  }, 60000);
});
