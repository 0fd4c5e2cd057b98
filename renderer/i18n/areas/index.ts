/** Every area's texts under its own top-level key (e.g. `t('work.saveChanges')`). */
import { compareEn, compareJa } from './compare.js';
import { connectionsEn, connectionsJa } from './connections.js';
import { deployEn, deployJa } from './deploy.js';
import { exportsEn, exportsJa } from './exports.js';
import { inspectorEn, inspectorJa } from './inspector.js';
import { learnEn, learnJa } from './learn.js';
import { problemsEn, problemsJa } from './problems.js';
import { suppressionsEn, suppressionsJa } from './suppressions.js';
import { workEn, workJa } from './work.js';

export const areasEn = {
  work: workEn,
  exports: exportsEn,
  inspectorFields: inspectorEn,
  connections: connectionsEn,
  problemsPanel: problemsEn,
  deploy: deployEn,
  suppressions: suppressionsEn,
  learn: learnEn,
  compare: compareEn,
};
export const areasJa: typeof areasEn = {
  work: workJa,
  exports: exportsJa,
  inspectorFields: inspectorJa,
  connections: connectionsJa,
  problemsPanel: problemsJa,
  deploy: deployJa,
  suppressions: suppressionsJa,
  learn: learnJa,
  compare: compareJa,
};
