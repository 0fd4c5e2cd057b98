/**
 * UI texts of one area of the editor, kept in their own file so each area's strings sit together.
 * The Japanese texts must have exactly the English keys (the type says so).
 * This one: the image export dialog (renderer/export).
 */
export const exportsEn = {
  title: 'Export image',
  format: 'Format',
  formats: { png: 'PNG (picture)', svg: 'SVG (editable vector)' },
  scale: 'PNG scale',
  background: 'Include background',
  pngSize: 'The PNG will be {{width}} × {{height}} pixels.',
  svgSize: 'The SVG is {{width}} × {{height}} units, with every part, connection and label as a shape.',
  clamped: 'This design is too large for a PNG at {{requested}}×: it will be exported at {{scale}}×.',
  export: 'Export',
  exporting: 'Exporting…',
  cancel: 'Cancel',
  failed: 'Could not export the image: {{message}}',
  description: 'EKS design "{{name}}": {{parts}} parts, {{connections}} connections. Drawn by EKS Sandbox.',
};
export const exportsJa: typeof exportsEn = {
  title: '画像をエクスポート',
  format: '形式',
  formats: { png: 'PNG (画像)', svg: 'SVG (編集できるベクター)' },
  scale: 'PNG の倍率',
  background: '背景を含める',
  pngSize: 'PNG の大きさは {{width}} × {{height}} ピクセルです。',
  svgSize: 'SVG の大きさは {{width}} × {{height}} です。パーツ、接続、ラベルはすべて図形として入ります。',
  clamped: 'この設計は {{requested}}× の PNG には大きすぎるため、{{scale}}× でエクスポートします。',
  export: 'エクスポート',
  exporting: 'エクスポート中…',
  cancel: 'キャンセル',
  failed: '画像をエクスポートできませんでした: {{message}}',
  description: 'EKS の設計「{{name}}」: パーツ {{parts}} 個、接続 {{connections}} 本。EKS Sandbox で作成。',
};
