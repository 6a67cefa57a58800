/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";

describe("task pane shell", () => {
  it("shows the three tabs 骨架 / 常用语 / 检查 and switches panels", () => {
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
  });
});
