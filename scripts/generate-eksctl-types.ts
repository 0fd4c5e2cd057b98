/**
 * Writes the TypeScript types of eksctl's ClusterConfig (see shared/eksctl/generate-types.ts).
 * Run after changing shared/eksctl/schema.json.
 */
import { writeFileSync } from 'node:fs';
import { GENERATED_TYPES_PATH, generateTypesSource } from '../shared/eksctl/generate-types.js';

writeFileSync(GENERATED_TYPES_PATH, await generateTypesSource());
console.log(`wrote ${GENERATED_TYPES_PATH}`);
