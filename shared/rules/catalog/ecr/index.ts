import type { Rule } from '../../types.js';
import { imageTag } from './image-tag.js';
import { lifecycle } from './lifecycle.js';
import { privateEndpoints } from './private-endpoints.js';
import { sameRegion } from './same-region.js';

export const ecrRules: readonly Rule[] = [privateEndpoints, sameRegion, lifecycle, imageTag];
