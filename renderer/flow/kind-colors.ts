/**
 * Category colour of each part kind (each kind's view, renderer/flow/kinds/<kind>.tsx). The one table the
 * canvas (as the `--kind-color` CSS variable on each part), the overview canvas and the image export draw with.
 */
import type { PartKind } from '../../shared/model/parts.js';
import { KIND_VIEW_TABLES } from './kinds/index.js';

export const KIND_COLORS: Readonly<Record<PartKind, string>> = KIND_VIEW_TABLES.colors;

/** Kinds drawn with a dashed group outline (node groups and Fargate profiles: capacity inside a cluster). */
export const DASHED_KINDS: ReadonlySet<PartKind> = KIND_VIEW_TABLES.dashed;
