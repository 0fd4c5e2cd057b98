/**
 * Writes the precompiled eksctl ClusterConfig validator (see shared/eksctl/generate-validator.ts).
 * Run after changing shared/eksctl/schema.json or shared/eksctl/schema-patches.ts.
 */
import { writeFileSync } from 'node:fs';
import { GENERATED_VALIDATOR_PATH, generateValidatorSource } from '../shared/eksctl/generate-validator.js';

writeFileSync(GENERATED_VALIDATOR_PATH, generateValidatorSource());
console.log(`wrote ${GENERATED_VALIDATOR_PATH}`);
