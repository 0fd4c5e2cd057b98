import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml.js';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });
  it('drops characters XML 1.0 cannot hold and keeps tabs, newlines, Japanese and emoji', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFE')).toBe('abcd');
    expect(escapeXml('\ud800x')).toBe('x');
    expect(escapeXml('t\tn\nパーツ😀')).toBe('t\tn\nパーツ😀');
  });
});
