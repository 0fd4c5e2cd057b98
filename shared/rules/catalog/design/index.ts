import type { Rule } from '../../types.js';
import { partNeedsParent } from './part-needs-parent.js';

export const designRules: readonly Rule[] = [partNeedsParent];
