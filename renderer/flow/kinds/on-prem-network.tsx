/** On-premises network: a building. */
import { path } from '../glyph-shapes.js';
import { defineKindView } from './define.js';

export const onPremNetworkView = defineKindView({
  kind: 'on-prem-network',
  color: '#7d8998',
  glyph: [path('M6 22V10l8-5 8 5v12z'), path('M11 22v-6h6v6')],
  facts: (p, text) => [
    p.remoteNodeCidrs.join(text.listSeparator),
    `${text.hybridNodes(p.hybridNodeCount)} · ${text.connection[p.connection]}`,
  ],
});
