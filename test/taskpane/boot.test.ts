import { MSG_NO_OFFICE, MSG_NOT_WORD, MSG_OUTSIDE_OFFICE, MSG_TIMEOUT, waitForOffice } from "../../src/office/boot";
import { isDarkColor } from "../../src/taskpane/theme";

const HostType = { Word: "Word", Excel: "Excel" };
function fakeOffice(info: unknown, never = false) {
  return { HostType, onReady: () => (never ? new Promise(() => {}) : Promise.resolve(info)) } as unknown as typeof Office;
}

describe("waitForOffice", () => {
  it("reports a missing office.js in Chinese instead of throwing", async () => {
    expect(await waitForOffice({})).toEqual({ kind: "error", message: MSG_NO_OFFICE });
  });
  it("accepts Word", async () => {
    expect(await waitForOffice({ Office: fakeOffice({ host: "Word", platform: "PC" }) })).toEqual({ kind: "ready" });
  });
  it("rejects other hosts", async () => {
    expect(await waitForOffice({ Office: fakeOffice({ host: "Excel" }) })).toEqual({ kind: "error", message: MSG_NOT_WORD });
  });
  it("explains when the page is opened outside Office", async () => {
    expect(await waitForOffice({ Office: fakeOffice({ host: null, platform: null }) })).toEqual({
      kind: "error",
      message: MSG_OUTSIDE_OFFICE,
    });
  });
  it("times out with a message when Office never becomes ready", async () => {
    expect(await waitForOffice({ Office: fakeOffice(null, true) }, 10)).toEqual({ kind: "error", message: MSG_TIMEOUT });
  });
});

describe("theme", () => {
  it("classifies Office body background colours", () => {
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor(undefined)).toBeNull();
    expect(isDarkColor("not a colour")).toBeNull();
  });
});
