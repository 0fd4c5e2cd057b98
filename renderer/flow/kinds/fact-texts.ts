/**
 * The words of the card facts, in English and Japanese: the canvas cards and the SVG/PNG export draw a
 * part's facts in the UI's language. AWS and Kubernetes names (Deployment, HTTP API, DNS_PRIVATE, an
 * instance type) stay as AWS writes them; what the app says about them (sizes, counts, Spot, public) is
 * translated. The English words are the ones the cards always showed.
 */
export type FactLanguage = 'en' | 'ja';

export interface FactText {
  /** A node group's sizes: "min 3 / desired 3 / max 9". */
  sizes(min: number, desired: number, max: number): string;
  /** A workload's Pod count. */
  replicas(n: number): string;
  /** An on-premises network's hybrid node count. */
  hybridNodes(n: number): string;
  spot: string;
  access: Record<'public' | 'private', string>;
  scheme: Record<'internet-facing' | 'internal', string>;
  targetType: Record<'ip' | 'instance', string>;
  /** The VPC's NAT gateways; `unknown` for an imported VPC whose file does not say. */
  nat: Record<'Single' | 'HighlyAvailable' | 'Disable' | 'unknown', string>;
  connection: Record<'vpn' | 'direct-connect', string>;
  /** Separator of a list on one line. */
  listSeparator: string;
}

const EN: FactText = {
  sizes: (min, desired, max) => `min ${min} / desired ${desired} / max ${max}`,
  replicas: (n) => `${n} ${n === 1 ? 'replica' : 'replicas'}`,
  hybridNodes: (n) => `${n} hybrid ${n === 1 ? 'node' : 'nodes'}`,
  spot: 'Spot',
  access: { public: 'public', private: 'private' },
  scheme: { 'internet-facing': 'internet-facing', internal: 'internal' },
  targetType: { ip: 'ip', instance: 'instance' },
  nat: { Single: 'NAT Single', HighlyAvailable: 'NAT HighlyAvailable', Disable: 'NAT Disable', unknown: 'NAT not stated' },
  connection: { vpn: 'vpn', 'direct-connect': 'direct-connect' },
  listSeparator: ', ',
};

const JA: FactText = {
  sizes: (min, desired, max) => `最小 ${min} / 希望 ${desired} / 最大 ${max}`,
  replicas: (n) => `レプリカ数 ${n}`,
  hybridNodes: (n) => `ハイブリッドノード ${n} 台`,
  spot: 'スポット',
  access: { public: 'パブリック', private: 'プライベート' },
  scheme: { 'internet-facing': 'インターネット向け', internal: '内部' },
  targetType: { ip: 'IP ターゲット', instance: 'インスタンスターゲット' },
  nat: {
    Single: 'NAT ゲートウェイ 1 つ',
    HighlyAvailable: 'NAT ゲートウェイ AZ ごと',
    Disable: 'NAT ゲートウェイなし',
    unknown: 'NAT ゲートウェイ不明',
  },
  connection: { vpn: 'VPN', 'direct-connect': 'Direct Connect' },
  listSeparator: '、',
};

export const FACT_TEXTS: Readonly<Record<FactLanguage, FactText>> = { en: EN, ja: JA };
