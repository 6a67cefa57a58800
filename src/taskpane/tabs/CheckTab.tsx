import { Text } from "@fluentui/react-components";

export interface CheckTabProps {
  /** Whether the tab is the visible one (tabs stay mounted so their state survives switching). */
  active: boolean;
}

/** 「检查」 tab — placeholder until its issue lands. */
export function CheckTab(_props: CheckTabProps) {
  return <Text>「检查」功能正在建设中。</Text>;
}
