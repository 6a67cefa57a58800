import { officeThemeBackground, onOfficeThemeChanged, partitionKey } from "../../src/office/host";

const g = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  delete g.Office;
});

describe("Office environment readers", () => {
  test("outside Office: no theme, no partition, no handler and no throw", () => {
    expect(officeThemeBackground()).toBeUndefined();
    expect(partitionKey()).toBe("");
    expect(() => onOfficeThemeChanged(() => {})).not.toThrow();
  });

  test("read the theme colour and the partition key from Office.context", () => {
    g.Office = { context: { officeTheme: { bodyBackgroundColor: "#262626" }, partitionKey: "p1" } };
    expect(officeThemeBackground()).toBe("#262626");
    expect(partitionKey()).toBe("p1");
  });

  test("a host whose officeTheme getter throws counts as having no theme", () => {
    g.Office = {
      context: {
        get officeTheme(): never {
          throw new Error("not supported");
        },
      },
    };
    expect(officeThemeBackground()).toBeUndefined();
  });

  test("registers the theme-changed handler where the host supports it", () => {
    const calls: unknown[][] = [];
    const handler = () => {};
    g.Office = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      context: { document: { addHandlerAsync: (...args: unknown[]) => calls.push(args) } },
    };
    onOfficeThemeChanged(handler);
    expect(calls).toEqual([["officeThemeChanged", handler]]);
  });

  test("a host that rejects the event registration does not break the pane", () => {
    g.Office = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      context: {
        document: {
          addHandlerAsync: () => {
            throw new Error("event not supported");
          },
        },
      },
    };
    expect(() => onOfficeThemeChanged(() => {})).not.toThrow();
  });
});
