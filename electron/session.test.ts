import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PendingAnswers, WindowSession } from './session.js';

afterEach(() => vi.useRealTimers());

describe('PendingAnswers', () => {
  it('delivers an answer to the matching question only once', async () => {
    const answers = new PendingAnswers<boolean>();
    const a = answers.ask();
    const b = answers.ask();
    expect(a.requestId).not.toBe(b.requestId);
    expect(answers.settle(b.requestId, true)).toBe(true);
    expect(answers.settle(b.requestId, false)).toBe(false);
    expect(answers.settle(999, false)).toBe(false);
    await expect(b.answer).resolves.toBe(true);
    answers.cancelAll();
    await expect(a.answer).resolves.toBeNull();
  });

  it('answers null when the renderer does not answer in time', async () => {
    vi.useFakeTimers();
    const answers = new PendingAnswers<boolean>();
    const q = answers.ask(3000);
    vi.advanceTimersByTime(3000);
    await expect(q.answer).resolves.toBeNull();
    expect(answers.settle(q.requestId, true)).toBe(false);
  });
});

describe('WindowSession', () => {
  it('grants paths by their resolved form', () => {
    const s = new WindowSession('abc');
    s.grant('/tmp/x/../a.eksdesign');
    expect(s.isGranted('/tmp/a.eksdesign')).toBe(true);
    expect(s.isGranted(path.resolve('/tmp/b.eksdesign'))).toBe(false);
  });

  it('has a file-name-safe backup id and keeps only the newest pending open', () => {
    const s = new WindowSession();
    expect(s.backupId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const stamp = { mtimeMs: 1, size: 1, sha256: 'a'.repeat(64) };
    s.queueOpen({ name: 'a', path: '/a', text: 'a', stamp });
    s.queueOpen({ name: 'b', path: '/b', text: 'b', stamp });
    expect(s.takePendingOpen()?.name).toBe('b');
    expect(s.takePendingOpen()).toBeNull();
  });
});
