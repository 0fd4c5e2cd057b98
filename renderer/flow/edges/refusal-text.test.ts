import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { en } from '../../i18n/en.js';
import { ja } from '../../i18n/ja.js';
import { areasEn, areasJa } from '../../i18n/areas/index.js';
import { refusalText, withArticle } from './refusal-text.js';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { translation: { ...en, ...areasEn } }, ja: { translation: { ...ja, ...areasJa } } },
  lng: 'en',
  interpolation: { escapeValue: false },
});

describe('refusalText', () => {
  it('names what the source kind connects to, with English articles', () => {
    const t = i18n.getFixedT('en');
    expect(refusalText({ code: 'wrong-kinds', from: 'ecr', to: 'alb', targets: ['workload'] }, t, 'en')).toBe(
      'An ECR repository connects only to a Workload',
    );
    expect(refusalText({ code: 'wrong-kinds', from: 'api-gateway', to: 'ecr', targets: ['nlb', 'alb'] }, t, 'en')).toBe(
      'An API Gateway connects only to a Network Load Balancer or an Application Load Balancer',
    );
    expect(refusalText({ code: 'wrong-kinds', from: 'vpc', to: 'ecr', targets: [] }, t, 'en')).toBe(
      'A VPC cannot start a connection',
    );
    expect(refusalText({ code: 'duplicate', fromName: 'a', toName: 'b' }, t, 'en')).toBe('These two are already connected');
  });
  it('speaks Japanese without articles', () => {
    const t = i18n.getFixedT('ja');
    expect(refusalText({ code: 'wrong-kinds', from: 'ecr', to: 'alb', targets: ['workload'] }, t, 'ja')).toBe(
      'ECR リポジトリ は ワークロード にのみ接続できます',
    );
    expect(withArticle('ECR リポジトリ', 'ja')).toBe('ECR リポジトリ');
  });
});
