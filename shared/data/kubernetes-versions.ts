/**
 * Amazon EKS Kubernetes version calendar, as data. Dates are UTC calendar days.
 * Standard support is 14 months from release, extended support 12 more; extended support is billed
 * from 00:00 UTC on the end-of-standard-support day.
 * Sources: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html ,
 * https://endoflife.date/amazon-eks (1.35, snapshot Feb 2026).
 */
export interface KubernetesVersionSupport {
  version: string;
  released: string;
  endOfStandardSupport: string;
  endOfExtendedSupport: string;
}

export interface VersionCalendar {
  /** The date the calendar was last checked against AWS. */
  asOf: string;
  source: string;
  versions: readonly KubernetesVersionSupport[];
}

export const KUBERNETES_VERSION_CALENDAR: VersionCalendar = {
  asOf: '2026-08-21',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
  versions: [
    { version: '1.35', released: '2026-01-27', endOfStandardSupport: '2027-03-27', endOfExtendedSupport: '2028-03-27' },
    { version: '1.34', released: '2025-10-02', endOfStandardSupport: '2026-12-02', endOfExtendedSupport: '2027-12-02' },
    { version: '1.33', released: '2025-05-29', endOfStandardSupport: '2026-07-29', endOfExtendedSupport: '2027-07-29' },
    { version: '1.32', released: '2025-01-23', endOfStandardSupport: '2026-03-23', endOfExtendedSupport: '2027-03-23' },
    { version: '1.31', released: '2024-09-26', endOfStandardSupport: '2025-11-26', endOfExtendedSupport: '2026-11-26' },
    { version: '1.30', released: '2024-05-23', endOfStandardSupport: '2025-07-23', endOfExtendedSupport: '2026-07-23' },
    { version: '1.29', released: '2024-01-23', endOfStandardSupport: '2025-03-23', endOfExtendedSupport: '2026-03-23' },
    { version: '1.28', released: '2023-09-26', endOfStandardSupport: '2024-11-26', endOfExtendedSupport: '2025-11-26' },
    { version: '1.27', released: '2023-05-24', endOfStandardSupport: '2024-07-24', endOfExtendedSupport: '2025-07-24' },
  ],
};

export type SupportPhase = 'not-yet-released' | 'standard' | 'extended' | 'unsupported' | 'unknown';

/** Support phase of `version` on `today` (YYYY-MM-DD). */
export function supportPhase(calendar: VersionCalendar, version: string, today: string): SupportPhase {
  const v = calendar.versions.find((x) => x.version === version);
  if (!v) return 'unknown';
  if (today < v.released) return 'not-yet-released';
  if (today < v.endOfStandardSupport) return 'standard';
  if (today < v.endOfExtendedSupport) return 'extended';
  return 'unsupported';
}

/** The newest version in standard support on `today`: the default for new clusters. */
export function newestStandardVersion(calendar: VersionCalendar, today: string): string {
  const standard = calendar.versions.filter((v) => supportPhase(calendar, v.version, today) === 'standard');
  return (standard[0] ?? calendar.versions[0]!).version;
}

/** "1.36" -> [1, 36]; undefined for anything that is not a major.minor version. */
function minorOf(version: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(version);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * Whether `version` is a major.minor version newer than every version of the calendar: released (or not)
 * after the calendar was compiled, so this app cannot tell its support dates.
 */
export function isNewerThanCalendar(calendar: VersionCalendar, version: string): boolean {
  const v = minorOf(version);
  if (!v) return false;
  return calendar.versions.every((known) => {
    const k = minorOf(known.version);
    return k !== undefined && (v[0] > k[0] || (v[0] === k[0] && v[1] > k[1]));
  });
}
