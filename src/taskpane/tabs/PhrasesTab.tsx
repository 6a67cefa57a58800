import { Text } from "@fluentui/react-components";

export interface PhrasesTabProps {
  /** Whether the tab is the visible one (tabs stay mounted so their state survives switching). */
  active: boolean;
}

/** 「常用语」 tab — placeholder until its issue lands. */
export function PhrasesTab(_props: PhrasesTabProps) {
  return <Text>「常用语」功能正在建设中。</Text>;
}
