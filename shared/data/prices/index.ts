/**
 * The built-in price table: every Region the cost estimate knows, by Region code.
 */
import { AP_NORTHEAST_1_PRICES } from './ap-northeast-1.js';
import type { PriceTable } from './types.js';
import { US_EAST_1_PRICES } from './us-east-1.js';

export type { PriceConfidence, PriceRow, PriceTable, RegionPrices, ServicePriceKey, ServicePrices } from './types.js';
export { NOT_IN_REFERENCE, PRICE_REFERENCE, PRICES_AS_OF } from './common.js';
export { US_EAST_1_PRICES } from './us-east-1.js';
export { AP_NORTHEAST_1_PRICES } from './ap-northeast-1.js';

export const PRICE_TABLE: PriceTable = {
  'us-east-1': US_EAST_1_PRICES,
  'ap-northeast-1': AP_NORTHEAST_1_PRICES,
};
