import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, wireChannel } from './channels.js';
import { eventContract, invokeContract, ipcResultSchema, MAX_TEXT_BYTES, menuCommandIdSchema } from './contract.js';

const stamp = { mtimeMs: 1, size: 1, sha256: 'f'.repeat(64) };

describe('IPC contract', () => {
  it('defines exactly the listed channels, each with request and response schemas', () => {
    expect(Object.keys(invokeContract).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(eventContract).sort()).toEqual([...EVENT_CHANNELS].sort());
    for (const c of INVOKE_CHANNELS) {
      expect(invokeContract[c].request.safeParse).toBeTypeOf('function');
      expect(invokeContract[c].response.safeParse).toBeTypeOf('function');
    }
    expect(wireChannel('design.save')).toBe('eks:design.save');
  });

  it('accepts well-formed save requests and refuses unknown keys, NUL paths, folder parts in names and oversize text', () => {
    const save = invokeContract['design.save'].request;
    const ok = { text: '{}', target: { path: '/d/a.eksdesign', expected: stamp }, saveAs: false, suggestedName: 'a.eksdesign' };
    expect(save.safeParse(ok).success).toBe(true);
    expect(save.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(save.safeParse({ ...ok, target: { path: '/d/a\0', expected: null } }).success).toBe(false);
    expect(save.safeParse({ ...ok, suggestedName: 'x/y' }).success).toBe(false);
    expect(save.safeParse({ ...ok, text: 'x'.repeat(MAX_TEXT_BYTES + 1) }).success).toBe(false);
    expect(save.safeParse({ ...ok, target: { path: '/a', expected: { ...stamp, sha256: 'nothex' } } }).success).toBe(false);
  });

  it('image export takes PNG bytes or SVG text only', () => {
    const img = invokeContract['image.export'].request;
    expect(img.safeParse({ data: new Uint8Array([1]), suggestedName: 'a.png', type: 'png' }).success).toBe(true);
    expect(img.safeParse({ data: '<svg/>', suggestedName: 'a.svg', type: 'svg' }).success).toBe(true);
    expect(img.safeParse({ data: [1, 2], suggestedName: 'a.png', type: 'png' }).success).toBe(false);
    expect(img.safeParse({ data: '<svg/>', suggestedName: 'a.gif', type: 'gif' }).success).toBe(false);
  });

  it('menu command ids look like area.command', () => {
    for (const id of ['file.save', 'edit.undo', 'view.fit', 'view.language', 'file.exportPng'])
      expect(menuCommandIdSchema.safeParse(id).success).toBe(true);
    for (const id of ['save', 'File.Save', 'file.', 'file.save!', 'x'.repeat(70) + '.a'])
      expect(menuCommandIdSchema.safeParse(id).success).toBe(false);
    expect(eventContract['menu.command'].safeParse({ id: 'file.save', extra: 1 }).success).toBe(false);
  });

  it('wraps responses in an ok/error envelope', () => {
    const schema = ipcResultSchema(invokeContract['recent.list'].response);
    expect(schema.safeParse({ ok: true, value: [{ name: 'a', path: '/a' }] }).success).toBe(true);
    expect(schema.safeParse({ ok: false, error: { code: 'no-space', message: 'Disk full' } }).success).toBe(true);
    expect(schema.safeParse({ ok: true, error: { code: 'x', message: 'y' } }).success).toBe(false);
  });
});
