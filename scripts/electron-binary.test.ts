import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBinaryPath } from './electron-binary.js';
import { portFromEnv } from './serve-web.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'eks-electron-bin-'));
  mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('electronBinaryPath', () => {
  it('is null without path.txt (binary download skipped) or when dist is missing', () => {
    expect(electronBinaryPath(root, {})).toBeNull();
    writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(electronBinaryPath(root, {})).toBeNull();
  });

  it('finds the executable named by path.txt inside dist', () => {
    writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    mkdirSync(path.join(root, 'node_modules', 'electron', 'dist'));
    writeFileSync(path.join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
    expect(electronBinaryPath(root, {})).toBe(path.join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const other = path.join(root, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'electron'), '');
    expect(electronBinaryPath(root, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBe(path.join(other, 'electron'));
  });
});

describe('portFromEnv', () => {
  it('defaults to 5173 and rejects nonsense with a clear message', () => {
    expect(portFromEnv({})).toBe(5173);
    expect(portFromEnv({ PORT: '8080' })).toBe(8080);
    expect(() => portFromEnv({ PORT: 'eighty' })).toThrow('PORT must be a number from 1 to 65535');
    expect(() => portFromEnv({ PORT: '70000' })).toThrow('PORT');
  });
});
