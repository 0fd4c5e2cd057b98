/**
 * Version strings as eksctl reads them. Shared by the rules (eksctl's validation of `karpenter.version`) and
 * by the export and the deployment bundle (where eksctl puts Karpenter's settings depends on the version).
 */

/**
 * A version as hashicorp/go-version (which eksctl uses) reads it: `v1`, `1.6`, `0.20.0-rc.1`, `1.0.0+build`.
 * Undefined when go-version refuses it. Missing segments are 0; a pre-release sorts before its release.
 */
export function parseGoVersion(text: string): { segments: number[]; prerelease: boolean } | undefined {
  const m = /^v?(\d+(?:\.\d+)*)(?:-?([0-9A-Za-z~-]+(?:\.[0-9A-Za-z~-]+)*))?(?:\+[0-9A-Za-z~-]+(?:\.[0-9A-Za-z~-]+)*)?$/.exec(
    text,
  );
  if (!m) return undefined;
  const segments = m[1]!.split('.').map(Number);
  while (segments.length < 3) segments.push(0);
  return { segments, prerelease: m[2] !== undefined };
}
