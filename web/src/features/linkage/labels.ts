// How the region's codes read: sectors (from the region, as the server lists them), the kinds of thing
// offered or needed (core/linkage/sectors), and a commitment's stage.
import { useCallback } from 'react';
import { INTENT_KIND_LABELS, type IntentKind } from '../../../../src/core/linkage/sectors';
import { usePick, type Translate } from '../../shared/i18n/i18n';
import type { MessageKey } from '../../shared/i18n/vi';
import type { Region, Stage } from './api';

export function useSectorName(region: Pick<Region, 'sectors'>) {
  const pick = usePick();
  return useCallback((key: string) => pick(region.sectors.find((s) => s.key === key)) || key, [region, pick]);
}

export function useKindName() {
  const pick = usePick();
  return useCallback((kind: IntentKind) => pick(INTENT_KIND_LABELS[kind]), [pick]);
}

export const stageText = (t: Translate, stage: Stage) => t(`linkage.stage.${stage}` as MessageKey);
