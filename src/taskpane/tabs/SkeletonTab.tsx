import { Text } from "@fluentui/react-components";

export interface SkeletonTabProps {
  /** Whether the tab is the visible one (tabs stay mounted so their state survives switching). */
  active: boolean;
}

/** 「骨架」 tab — placeholder until its issue lands. */
export function SkeletonTab(_props: SkeletonTabProps) {
  return <Text>「骨架」功能正在建设中。</Text>;
}
