import { describe, expect, it } from 'vitest';
import type { PartKind } from '../../shared/model/parts.js';
import { LEARNING_MODE_KEY, storedLearningMode, storeLearningMode } from './learning-mode-storage.js';
import { learnSubject } from './learning-mode.js';

const parts = new Map<string, { kind: PartKind; name: string }>([
  ['fp', { kind: 'fargate-profile', name: 'fp-backoffice' }],
  ['alb', { kind: 'alb', name: 'web-alb' }],
]);
const partOf = (id: string) => parts.get(id);

describe('learning mode', () => {
  it('is remembered in storage, off when nothing or something else is stored, and survives refusing storage', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    expect(storedLearningMode(storage)).toBe(false);
    storeLearningMode(storage, true);
    expect(data.get(LEARNING_MODE_KEY)).toBe('on');
    expect(storedLearningMode(storage)).toBe(true);
    storeLearningMode(storage, false);
    expect(storedLearningMode(storage)).toBe(false);
    data.set(LEARNING_MODE_KEY, 'yes');
    expect(storedLearningMode(storage)).toBe(false);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(storedLearningMode(refusing)).toBe(false);
    expect(() => storeLearningMode(refusing, true)).not.toThrow();
    expect(storedLearningMode(undefined)).toBe(false);
  });

  it('explains the selected part by its kind, and nothing when nothing is selected', () => {
    expect(learnSubject(['fp'], null, partOf)).toEqual({
      from: 'part',
      kind: 'fargate-profile',
      name: 'fp-backoffice',
      concept: 'ec2-vs-fargate',
    });
    expect(learnSubject(['alb'], null, partOf)?.concept).toBe('load-balancing');
    // A selected connection is not a part: the first selected part counts.
    expect(learnSubject(['conn-1', 'alb'], null, partOf)?.concept).toBe('load-balancing');
    expect(learnSubject([], null, partOf)).toBeNull();
  });

  it('explains a clicked finding by its rule area while the selection it made stands', () => {
    const selection = ['alb'];
    const finding = { ruleId: 'fargate.lb-ip-target', selection };
    expect(learnSubject(selection, finding, partOf)).toEqual({
      from: 'finding',
      ruleId: 'fargate.lb-ip-target',
      concept: 'ec2-vs-fargate',
    });
    // Once the user selects something else (a new array), the part is explained again.
    expect(learnSubject(['alb'], finding, partOf)?.from).toBe('part');
    expect(learnSubject(selection, { ruleId: 'no.such-rule', selection }, partOf)?.from).toBe('part');
  });
});
