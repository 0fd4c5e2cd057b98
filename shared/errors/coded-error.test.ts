import { describe, expect, it } from 'vitest';
import { EditError } from '../editor/errors.js';
import { ExportError } from '../export/errors.js';
import { ExportRefusedError } from '../export/refused-error.js';
import { localizeError } from './localized.js';

describe('coded errors', () => {
  it('carry their code and text, say it in English as the message and in Japanese through localizeError', () => {
    const err = new EditError('not-found', { id: 'edit.not-found', params: { id: 'vpc-1' } });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('EditError');
    expect(err.code).toBe('not-found');
    expect(err.params).toEqual({ id: 'vpc-1' });
    expect(err.message).toBe('there is no part "vpc-1" in the design');
    expect(localizeError(err, 'ja')).toBe('設計にパーツ「vpc-1」がありません');
  });

  it('keep each class its own name, a subclass too', () => {
    expect(new ExportError('no-cluster', { id: 'edit.not-found', params: { id: 'x' } }).name).toBe('ExportError');
    const refused = new ExportRefusedError([]);
    expect(refused.name).toBe('ExportRefusedError');
    expect(refused).toBeInstanceOf(ExportError);
    expect(refused.code).toBe('refused');
  });
});
