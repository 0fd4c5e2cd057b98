/** The cost estimate in the editor: the toolbar total, the panel, the change of the last edit, regions and CSV. */
import { describe, expect, it } from 'vitest';
import { downloadText, type AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';

const ctx = useApp();

async function numberAttr(app: AppPage, testId: string): Promise<number> {
  const value = await app.testId(testId).getAttribute('data-value');
  if (value === null) throw new Error(`${testId} has no data-value`);
  return Number(value);
}

/** The toolbar total as the user reads it: "$1,234.56/month" -> 1234.56. */
async function shownTotal(app: AppPage): Promise<number> {
  const text = (await app.testId('cost-total').textContent()) ?? '';
  const match = /\$([\d,]+\.\d{2})/.exec(text);
  if (!match) throw new Error(`no dollar amount in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

async function waitForTotalChange(app: AppPage, from: number): Promise<number> {
  await app.page.waitForFunction(
    (old) => document.querySelector('[data-testid="cost-total"]')?.getAttribute('data-value') !== String(old),
    from,
  );
  return numberAttr(app, 'cost-total');
}

describe('cost estimate', () => {
  it('shows the total, the change of an edit, other regions and a CSV export', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    const total = await numberAttr(app, 'cost-total');
    expect(total).toBeGreaterThan(0);
    expect(await shownTotal(app)).toBe(total);

    await app.press('Control+k');
    await app.testId('command-palette-input').fill('cost');
    await app.page.locator('[data-testid="command-palette"] [data-command-id="view.toggleCost"]').click();
    const panel = app.testId('cost-panel');
    await panel.waitFor();
    expect(await numberAttr(app, 'cost-panel-total')).toBe(total);
    expect(await app.testId('cost-as-of').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);

    // One more m6i.large for a month: the unit price as the panel lists it, times the hours per month.
    const ngLine = panel.locator('[data-testid="cost-line"][data-cost-part-id="ng-web"][data-unit="instance-hour"]');
    expect(await ngLine.count()).toBe(1);
    expect(await ngLine.textContent()).toContain('m6i.large');
    const unitPrice = Number(await ngLine.getAttribute('data-unit-price'));
    const hours = Number(await app.testId('cost-assumption-hoursPerMonth').inputValue());
    const instanceMonth = Math.round(unitPrice * hours * 100) / 100;

    await app.selectPart('ng-web');
    const desired = app.testId('field-desiredCapacity');
    const before = Number(await desired.inputValue());
    await desired.fill(String(before + 1));
    await desired.press('Enter');
    const grown = await waitForTotalChange(app, total);
    expect(Math.round((grown - total) * 100) / 100).toBe(instanceMonth);
    const change = app.testId('cost-change');
    expect(await numberAttr(app, 'cost-change')).toBe(instanceMonth);
    expect(await change.textContent()).toContain(`+$${instanceMonth.toFixed(2)}/month`);
    expect(await change.locator('[data-testid="cost-change-line"]').count()).toBe(1);

    // Another region's prices give another total.
    const region = app.testId('cost-region');
    const current = await region.inputValue();
    const options = await region.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    const other = options.find((r) => r !== current)!;
    expect(other).toBeDefined();
    await region.selectOption(other);
    const elsewhere = await waitForTotalChange(app, grown);
    expect(elsewhere).not.toBe(grown);
    expect(await numberAttr(app, 'cost-panel-total')).toBe(elsewhere);

    const lines = await panel.locator('[data-testid="cost-line"]').count();
    const csv = await downloadText(app, () => app.testId('cost-export-csv').click());
    expect(csv.name).toMatch(/\.csv$/);
    const rows = csv.text.split('\r\n').filter((r) => r !== '');
    expect(rows[0]).toBe('partId,item,quantity,unit,unitPrice,monthly,confidence,estimate,note');
    expect(rows).toHaveLength(lines + 1);
    expect(app.errors).toEqual([]);
  });

  it('rejects an assumption outside its range and keeps the estimate', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.testId('cost-total').click();
    const spot = app.testId('cost-assumption-spotDiscount');
    const total = await numberAttr(app, 'cost-panel-total');
    await spot.fill('2');
    await spot.press('Enter');
    await app.page.locator('[data-testid="cost-panel"] [data-testid="field-error"]').waitFor();
    expect(await numberAttr(app, 'cost-panel-total')).toBe(total);
    const nat = app.testId('cost-assumption-natProcessedGbPerMonth');
    await nat.fill('1000');
    await nat.press('Enter');
    expect(await waitForTotalChange(app, total)).toBeGreaterThan(total);
  });
});
