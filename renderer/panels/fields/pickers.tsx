/**
 * Selects for values the app knows a list of: Regions (eksctl's), Kubernetes versions (the version
 * calendar, with their support status), Availability Zones of the part's Region.
 */
import { useTranslation } from 'react-i18next';
import { availabilityZonesOf } from '../../../shared/data/availability-zones.js';
import { KUBERNETES_VERSION_CALENDAR, supportPhase } from '../../../shared/data/kubernetes-versions.js';
import { PRICE_TABLE } from '../../../shared/data/prices/index.js';
import type { Design } from '../../../shared/model/design.js';
import type { Part } from '../../../shared/model/parts.js';
import { EKSCTL_REGIONS } from '../../../shared/rules/catalog/cluster/region-supported.js';

const REGIONS = [...EKSCTL_REGIONS].sort();

interface SelectProps {
  id: string;
  value: string;
  onCommit: (value: string) => void;
}

/** The unknown current value as an option, so a select never silently shows another value. */
function UnknownOption({ value, known }: { value: string; known: readonly string[] }) {
  const { t } = useTranslation();
  if (known.includes(value)) return null;
  return <option value={value}>{t('inspectorFields.pickers.unknownValue', { value })}</option>;
}

export function RegionSelect({ id, value, onCommit, allowSameAsCluster }: SelectProps & { allowSameAsCluster?: boolean }) {
  const { t } = useTranslation();
  return (
    <select id={id} data-testid={id.replace(/^f-/, 'field-')} value={value} onChange={(e) => onCommit(e.target.value)}>
      {allowSameAsCluster && <option value="">{t('inspectorFields.pickers.sameAsCluster')}</option>}
      {value !== '' && <UnknownOption value={value} known={REGIONS} />}
      {REGIONS.map((r) => (
        <option key={r} value={r}>
          {r in PRICE_TABLE ? t('inspectorFields.pickers.regionWithPrices', { region: r }) : r}
        </option>
      ))}
    </select>
  );
}

export function VersionSelect({ id, value, onCommit }: SelectProps) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const versions = KUBERNETES_VERSION_CALENDAR.versions;
  const text = (v: (typeof versions)[number]) => {
    const phase = supportPhase(KUBERNETES_VERSION_CALENDAR, v.version, today);
    if (phase === 'not-yet-released') return t('inspectorFields.pickers.versionFuture', { version: v.version, date: v.released });
    if (phase === 'standard')
      return t('inspectorFields.pickers.versionStandard', { version: v.version, date: v.endOfStandardSupport });
    if (phase === 'extended')
      return t('inspectorFields.pickers.versionExtended', { version: v.version, date: v.endOfExtendedSupport });
    return t('inspectorFields.pickers.versionUnsupported', { version: v.version, date: v.endOfExtendedSupport });
  };
  return (
    <select id={id} data-testid={id.replace(/^f-/, 'field-')} value={value} onChange={(e) => onCommit(e.target.value)}>
      <UnknownOption value={value} known={versions.map((v) => v.version)} />
      {versions.map((v) => (
        <option key={v.version} value={v.version}>
          {text(v)}
        </option>
      ))}
    </select>
  );
}

/** The Region a subnet's AZ belongs to: its VPC's cluster's, else any cluster's, else the AZ's own. */
export function regionForSubnet(part: Part, design: Design): string {
  const cluster =
    design.parts.find((p) => p.kind === 'cluster' && p.parentId === part.parentId) ??
    design.parts.find((p) => p.kind === 'cluster');
  if (cluster?.kind === 'cluster') return cluster.props.region;
  const az = part.kind === 'subnet' ? part.props.availabilityZone : '';
  return az.replace(/[a-z]$/, '');
}

export function AzSelect({ id, value, onCommit, region }: SelectProps & { region: string }) {
  const { t } = useTranslation();
  const zones = availabilityZonesOf(region);
  if (zones.length === 0) {
    return (
      <>
        <input
          id={id}
          data-testid={id.replace(/^f-/, 'field-')}
          defaultValue={value}
          onBlur={(e) => e.target.value !== value && onCommit(e.target.value.trim())}
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).blur()}
        />
        <p className="hint">{t('inspectorFields.pickers.azUnknownRegion', { region })}</p>
      </>
    );
  }
  return (
    <select id={id} data-testid={id.replace(/^f-/, 'field-')} value={value} onChange={(e) => onCommit(e.target.value)}>
      <UnknownOption value={value} known={zones} />
      {zones.map((z) => (
        <option key={z} value={z}>
          {z}
        </option>
      ))}
    </select>
  );
}
