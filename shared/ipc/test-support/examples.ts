/**
 * Valid example payloads for every IPC channel, for tests that feed the contract good and bad values.
 * The types demand at least one example per channel, so adding a channel to the contract without
 * examples fails to compile (and shared/ipc/examples.test.ts checks it at run time too).
 *
 * Where a field accepts several kinds of value (text or null, bytes or text), give one example of each:
 * the property tests treat any kind not seen here as malformed.
 */
import type {
  EventChannel,
  EventPayload,
  FileStamp,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  OpenedDesign,
} from '../contract.js';

type NonEmpty<T> = readonly [T, ...T[]];

const stamp: FileStamp = { mtimeMs: 1_764_000_000_000, size: 2, sha256: 'a'.repeat(64) };
const opened: OpenedDesign = { name: 'prod.eksdesign', path: '/home/user/prod.eksdesign', text: '{}', stamp };
const fileRef = { name: 'prod.eksdesign', path: '/home/user/prod.eksdesign' };

export const VALID_REQUESTS: { [C in InvokeChannel]: NonEmpty<InvokeRequest<C>> } = {
  'design.open': [{}],
  'design.save': [
    { text: '{}', target: null, saveAs: true, suggestedName: 'prod.eksdesign' },
    {
      text: '{}',
      target: { path: '/home/user/prod.eksdesign', expected: stamp },
      saveAs: false,
      suggestedName: 'prod.eksdesign',
    },
    { text: '{}', target: { path: '/home/user/new.eksdesign', expected: null }, saveAs: false, suggestedName: 'new.eksdesign' },
  ],
  'yaml.open': [{}],
  'yaml.export': [{ text: 'apiVersion: eksctl.io/v1alpha5\n', suggestedName: 'cluster.yaml' }],
  'csv.export': [{ text: 'part,monthly\n', suggestedName: 'cost.csv' }],
  'bundle.export': [
    {
      files: [
        { path: 'DEPLOY.md', content: '# Deploying\n' },
        { path: 'deploy.sh', content: '#!/usr/bin/env bash\n', executable: true },
        { path: 'helm/external-dns.values.yaml', content: 'policy: upsert-only\n', executable: false },
      ],
      suggestedName: 'shop-bundle',
      replace: null,
    },
    { files: [{ path: 'cluster.yaml', content: '' }], suggestedName: 'b', replace: { path: '/home/me/shop-bundle' } },
  ],
  'image.export': [
    { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), suggestedName: 'design.png', type: 'png' },
    { data: '<svg xmlns="http://www.w3.org/2000/svg"/>', suggestedName: 'design.svg', type: 'svg' },
  ],
  'backup.write': [{ text: '{}' }, { text: null }],
  'backup.read': [{}],
  'recent.list': [{}],
  'recent.open': [{ path: '/home/user/prod.eksdesign' }],
  'document.setState': [{ title: 'prod.eksdesign', dirty: true }],
  'app.setLanguage': [{ language: 'ja' }, { language: 'en' }],
  'file.takePending': [{}],
  'window.answerDirty': [{ requestId: 1, dirty: false }],
  'window.answerSaved': [{ requestId: 2, saved: true }],
};

export const VALID_RESPONSES: { [C in InvokeChannel]: NonEmpty<InvokeResponse<C>> } = {
  'design.open': [{ status: 'opened', file: opened }, { status: 'cancelled' }],
  'design.save': [
    { status: 'saved', file: fileRef, stamp },
    { status: 'conflict', message: 'prod.eksdesign changed on disk since it was opened.' },
    { status: 'cancelled' },
  ],
  'yaml.open': [{ status: 'opened', file: { ...fileRef, text: 'apiVersion: eksctl.io/v1alpha5\n' } }, { status: 'cancelled' }],
  'yaml.export': [{ saved: true }, { saved: false }],
  'csv.export': [{ saved: true }],
  'bundle.export': [{ status: 'saved', folder: fileRef }, { status: 'not-empty', folder: fileRef }, { status: 'cancelled' }],
  'image.export': [{ saved: false }],
  'backup.write': [null],
  'backup.read': [{ text: '{}' }, { text: null }],
  'recent.list': [[fileRef], []],
  'recent.open': [{ file: opened }],
  'document.setState': [null],
  'app.setLanguage': [null],
  'file.takePending': [{ file: opened }, { file: null }],
  'window.answerDirty': [null],
  'window.answerSaved': [null],
};

export const VALID_EVENTS: { [C in EventChannel]: NonEmpty<EventPayload<C>> } = {
  'menu.command': [{ id: 'file.save' }, { id: 'view.fit' }],
  'file.open': [{ file: opened }],
  'window.closeRequested': [{ requestId: 3 }],
  'window.saveBeforeClose': [{ requestId: 4 }],
};
