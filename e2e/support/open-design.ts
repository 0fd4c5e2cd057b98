/** Opens a design through the start screen's file picker, as a user opens a saved file. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeDesign, toDocument } from '../../shared/model/document.js';
import type { Design } from '../../shared/model/design.js';
import type { AppPage } from './app-page.js';

export async function openDesign(app: AppPage, tmp: string, design: Design, name = 'design.eksdesign'): Promise<void> {
  const path = join(tmp, name);
  await writeFile(path, serializeDesign(toDocument(design)));
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('start-open').click()]);
  await chooser.setFiles(path);
  await app.testId('editor').waitFor();
  await app.page.locator('.react-flow__node').first().waitFor();
}
