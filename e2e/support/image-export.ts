/** Export PNG / Export SVG through the export dialog, catching the file the browser build downloads. */
import type { AppPage } from './app-page.js';

export interface ImageExportOptions {
  scale?: 1 | 2 | 3;
  background?: boolean;
}

async function chooseAndRun(app: AppPage, format: 'png' | 'svg', options: ImageExportOptions): Promise<void> {
  await app.runCommand(format === 'png' ? 'file.exportPng' : 'file.exportSvg');
  await app.testId('image-export').waitFor();
  if (options.scale !== undefined) await app.testId(`image-export-scale-${options.scale}`).check();
  if (options.background !== undefined) await app.testId('image-export-background').setChecked(options.background);
  await app.testId('image-export-run').click();
}

/** Runs the export and returns the downloaded file's name and bytes; the dialog is closed afterwards. */
export async function exportImage(
  app: AppPage,
  format: 'png' | 'svg',
  options: ImageExportOptions = {},
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([app.page.waitForEvent('download'), chooseAndRun(app, format, options)]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  await app.testId('image-export').waitFor({ state: 'detached' });
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}
