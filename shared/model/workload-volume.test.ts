import { describe, expect, it } from 'vitest';
import { baselineBuilder } from '../rules/test-support/builder.js';
import { parseDesignText, serializeDesign, toDocument } from './document.js';
import { DesignFileError } from './errors.js';
import { workloadPropsSchema } from './kinds/workload.js';
import { migrateToCurrent, MIGRATIONS } from './migrations.js';
import { writtenSchemaVersion } from './written-version.js';

function withVolume(volume: Record<string, unknown> | undefined) {
  const { b, nodeGroup } = baselineBuilder();
  b.workload(nodeGroup, { workloadKind: 'StatefulSet', ...(volume ? { volume: volume as never } : {}) });
  return b.build();
}

describe('a workload volume', () => {
  const props = (volume: unknown) => workloadPropsSchema.safeParse({ volume });

  it('takes EBS or EFS, a whole size within gp3 limits and an absolute mount path, nothing else', () => {
    expect(props({ storage: 'ebs', sizeGiB: 1, mountPath: '/data' }).success).toBe(true);
    expect(props({ storage: 'efs', sizeGiB: 16384, mountPath: '/var/lib/app' }).success).toBe(true);
    expect(props({ storage: 'ebs', sizeGiB: 0, mountPath: '/data' }).success).toBe(false);
    expect(props({ storage: 'ebs', sizeGiB: 16385, mountPath: '/data' }).success).toBe(false);
    expect(props({ storage: 'ebs', sizeGiB: 1.5, mountPath: '/data' }).success).toBe(false);
    expect(props({ storage: 'ebs', sizeGiB: 10, mountPath: 'data' }).success).toBe(false);
    expect(props({ storage: 'ebs', sizeGiB: 10, mountPath: '' }).success).toBe(false);
    expect(props({ storage: 's3', sizeGiB: 10, mountPath: '/data' }).success).toBe(false);
    expect(props({ storage: 'ebs', sizeGiB: 10, mountPath: '/data', iops: 3000 }).success).toBe(false);
    expect(props({ storage: 'ebs', mountPath: '/data' }).success).toBe(false);
  });

  it('takes a Windows path with its drive, as Windows Pods mount volumes, but not one Windows refuses', () => {
    for (const ok of ['C:\\data', 'C:/data', 'd:\\app data\\logs', 'C:\\'])
      expect(props({ storage: 'ebs', sizeGiB: 1, mountPath: ok }).success).toBe(true);
    for (const bad of ['C:data', 'CC:\\data', 'C:\\a|b', 'C:\\what?', 'C:\\x:y', '\\\\server\\share'])
      expect(props({ storage: 'ebs', sizeGiB: 1, mountPath: bad }).success).toBe(false);
  });

  it('is written as schema version 5 only when used, and loads back', () => {
    const d = withVolume({ storage: 'ebs', sizeGiB: 20, mountPath: '/data' });
    expect(writtenSchemaVersion(d)).toBe(5);
    const text = serializeDesign(toDocument(d));
    expect(JSON.parse(text).schemaVersion).toBe(5);
    expect(parseDesignText(text).design).toEqual(d);
    expect(serializeDesign(parseDesignText(text))).toBe(text);
    const plain = withVolume(undefined);
    expect(writtenSchemaVersion(plain)).toBe(2);
    expect(serializeDesign(toDocument(plain))).not.toContain('"volume"');
  });

  it('makes an app that reads up to version 4 refuse the file as newer instead of failing on an unknown field', () => {
    const raw = JSON.parse(serializeDesign(toDocument(withVolume({ storage: 'efs', sizeGiB: 5, mountPath: '/shared' }))));
    const olderApp = () => migrateToCurrent(raw, MIGRATIONS.slice(0, 3), 4);
    expect(olderApp).toThrow(DesignFileError);
    expect(olderApp).toThrow(/saved by a newer EKS Sandbox \(document schema version 5; this app reads up to 4\)/);
  });
});
