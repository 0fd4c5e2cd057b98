import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_PALETTE, EXPORT_PALETTE } from './palette.js';

/** The light theme's variables, as the canvas gets them: the first :root block of app.css. */
function lightThemeVariables(): Record<string, string> {
  const css = readFileSync(join(import.meta.dirname, '../styles/app.css'), 'utf8');
  const root = /:root\s*{([^}]*)}/.exec(css)![1]!;
  return Object.fromEntries([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

describe('export palette', () => {
  it("has compare mode's colours as the canvas draws them", () => {
    const css = readFileSync(join(import.meta.dirname, '../compare/compare.css'), 'utf8');
    const root = /:root\s*{([^}]*)}/.exec(css)![1]!;
    const vars = Object.fromEntries([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
    expect(COMPARE_PALETTE).toEqual({
      added: vars['--compare-added'],
      changed: vars['--compare-changed'],
      removed: vars['--compare-removed'],
    });
  });

  it("is the canvas's light theme", () => {
    const vars = lightThemeVariables();
    expect(EXPORT_PALETTE).toEqual({
      background: vars['--bg'],
      card: vars['--card'],
      border: vars['--border'],
      text: vars['--text'],
      muted: vars['--muted'],
    });
  });
});
