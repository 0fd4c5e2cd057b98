/** API Gateway: angle brackets. */
import { path } from '../glyph-shapes.js';
import { defineKindView } from './define.js';

export const apiGatewayView = defineKindView({
  kind: 'api-gateway',
  color: '#e7157b',
  glyph: [path('M9 6l-4 8 4 8M19 6l4 8-4 8M12 14h4')],
  facts: (p) => [`${p.apiType} API`],
});
