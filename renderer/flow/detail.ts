/**
 * What every part on the canvas needs from around it, provided once by the canvas instead of looked up
 * by each of possibly a thousand parts (a `useTranslation` and `t` calls per part were a fifth of opening a big design).
 *
 * Level of detail: below COMPACT_BELOW_ZOOM a card's text is a few pixels tall and unreadable, so parts
 * are drawn as plain coloured boxes with their name in a tooltip. That keeps a zoomed-out 1,000-part
 * design light to draw and to drag (no text, icons or connection handles to lay out, paint, hit-test and
 * keep subscribed per part).
 */
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { ReactFlowState } from '@xyflow/react';
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import type { Severity } from '../../shared/rules/types.js';

export const COMPACT_BELOW_ZOOM = 0.3;

/** React Flow store selector: true while the view is zoomed out past the detail threshold. */
export const selectZoomedOut = (s: ReactFlowState): boolean => s.transform[2] < COMPACT_BELOW_ZOOM;

export interface PartDetail {
  compact: boolean;
  /** Labels in the current language, looked up once: i18next's `t` is too slow to call per part. */
  kindLabel: Readonly<Record<PartKind, string>>;
  severityLabel: Readonly<Record<Severity, string>>;
  /** The UI language, for the card facts. */
  lang: 'en' | 'ja';
}

export function partDetail(compact: boolean, t: TFunction, lang: 'en' | 'ja'): PartDetail {
  const kindLabel = Object.fromEntries(PART_KINDS.map((k) => [k, t(`kinds.${k}`)])) as Record<PartKind, string>;
  const severityLabel = { error: t('severity.error'), warning: t('severity.warning'), info: t('severity.info') };
  return { compact, kindLabel, severityLabel, lang };
}

export const PartDetailContext = createContext<PartDetail | null>(null);

export function usePartDetail(): PartDetail {
  const detail = useContext(PartDetailContext);
  if (!detail) throw new Error('a part view rendered outside the canvas');
  return detail;
}
