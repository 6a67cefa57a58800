import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { App } from "./App";
import { useHost } from "./host";
import { prefersDark } from "./theme";
import { loadDarkTheme, loadedDarkTheme } from "./darkTheme";

/** Theme provider following Office's theme; re-evaluated when Office or the OS reports a change. */
export function Root() {
  const host = useHost();
  const [dark, setDark] = useState(prefersDark);
  const [darkTheme, setDarkTheme] = useState<Theme | null>(loadedDarkTheme);
  useEffect(() => {
    if (dark && !darkTheme) loadDarkTheme().then(setDarkTheme, () => undefined);
  }, [dark, darkTheme]);
  useEffect(() => {
    const update = () => setDark(prefersDark());
    const mq = window.matchMedia?.("(prefers-color-scheme: dark)");
    mq?.addEventListener?.("change", update);
    // Not raised by every host; the OS listener still applies.
    host.onThemeChanged(update);
    return () => mq?.removeEventListener?.("change", update);
  }, [host]);
  return (
    <FluentProvider theme={dark && darkTheme ? darkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <App />
    </FluentProvider>
  );
}
