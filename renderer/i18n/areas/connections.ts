/**
 * UI texts of one area of the editor, kept in their own file so each area's strings sit together.
 * The Japanese texts must have exactly the English keys (the type says so).
 */
export const connectionsEn = {
  kind: {
    traffic: 'Traffic',
    'image-pull': 'Image pull',
    'service-registration': 'Service registration',
    vpn: 'VPN / Direct Connect',
  },
  /** Spoken name of a connection on the canvas (screen readers). */
  edgeLabel: '{{fromKind}} {{fromName}} to {{toKind}} {{toName}} ({{kind}})',
  legend: {
    title: 'Connections',
    show: 'Show the connection legend',
    hide: 'Hide the connection legend',
  },
  inspector: {
    heading: 'Connection',
    kind: 'Kind',
    from: 'From',
    to: 'To',
    label: 'Label',
    labelPlaceholder: 'e.g. HTTPS :443',
    selectEnd: 'Select {{name}}',
    delete: 'Delete connection',
  },
  refusal: {
    /** `from` and each target carry their article in English ("An ECR repository"). */
    'wrong-kinds': '{{from}} connects only to {{targets}}',
    'no-targets': '{{from}} cannot start a connection',
    duplicate: 'These two are already connected',
    'same-part': 'A part cannot connect to itself',
    'missing-part': 'That part no longer exists',
    or: ' or ',
  },
  toolbar: {
    more: 'More',
    moreTitle: 'More commands',
  },
};
export const connectionsJa: typeof connectionsEn = {
  kind: {
    traffic: 'トラフィック',
    'image-pull': 'イメージの取得',
    'service-registration': 'サービス登録',
    vpn: 'VPN / Direct Connect',
  },
  edgeLabel: '{{fromKind}} {{fromName}} から {{toKind}} {{toName}} へ（{{kind}}）',
  legend: {
    title: '接続',
    show: '接続の凡例を表示',
    hide: '接続の凡例を隠す',
  },
  inspector: {
    heading: '接続',
    kind: '種類',
    from: '接続元',
    to: '接続先',
    label: 'ラベル',
    labelPlaceholder: '例：HTTPS :443',
    selectEnd: '{{name}} を選択',
    delete: '接続を削除',
  },
  refusal: {
    'wrong-kinds': '{{from}} は {{targets}} にのみ接続できます',
    'no-targets': '{{from}} から接続を始めることはできません',
    duplicate: 'この 2 つはすでに接続されています',
    'same-part': 'パーツを自分自身に接続することはできません',
    'missing-part': 'そのパーツはもう存在しません',
    or: '、',
  },
  toolbar: {
    more: 'その他',
    moreTitle: 'その他のコマンド',
  },
};
