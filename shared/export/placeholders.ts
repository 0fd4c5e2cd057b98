/**
 * Values a design carries as placeholders: the example account ids of the AWS documentation (templates use
 * 111122223333 in KMS key ARNs) and the documentation address ranges of RFC 5737 (203.0.113.0/24 as the
 * public endpoint's allowed CIDR). eksctl would take them as they are and fail against AWS, or open the API
 * server to the wrong addresses, so the export says so in a comment above each one.
 */
import type { ExportNote } from './types.js';

/** Account ids the AWS documentation uses in examples. */
export const PLACEHOLDER_ACCOUNTS: readonly string[] = ['111122223333', '123456789012', '444455556666', '777788889999'];

/** RFC 5737 documentation ranges (TEST-NET-1, -2, -3), never routed on the internet. */
const DOCUMENTATION_CIDRS = /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}(\/(2[4-9]|3[0-2]))?$/;

function placeholderText(value: string): Pick<ExportNote, 'text' | 'ja'> | undefined {
  const account = PLACEHOLDER_ACCOUNTS.find((a) => value.includes(a));
  if (account !== undefined) {
    const arn = value.startsWith('arn:');
    return {
      text: ` Placeholder: ${account} is the AWS documentation's example account id: replace this ${arn ? 'ARN' : 'value'} with your own.`,
      ja: ` プレースホルダー: ${account} は AWS ドキュメントの例のアカウント ID です。この${arn ? ' ARN ' : '値'}を自分のものに置き換えてください。`,
    };
  }
  if (DOCUMENTATION_CIDRS.test(value.trim()))
    return {
      text: ` Placeholder: ${value.trim()} is a documentation address range (RFC 5737); put your own CIDR here.`,
      ja: ` プレースホルダー: ${value.trim()} はドキュメント用のアドレス範囲（RFC 5737）です。自分の CIDR を指定してください。`,
    };
  return undefined;
}

/** Visits every string of `value` with its path (one shared path stack; copied only for a hit). */
function walk(value: unknown, path: (string | number)[], out: ExportNote[]): void {
  if (typeof value === 'string') {
    const text = placeholderText(value);
    if (text !== undefined) out.push({ path: [...path], ...text });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, out);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      path.push(key);
      walk((value as Record<string, unknown>)[key], path, out);
      path.pop();
    }
  }
}

/** Notes for every placeholder value in `config`, added to `notes` (after any note already on that path). */
export function addPlaceholderNotes(config: unknown, notes: ExportNote[]): void {
  const found: ExportNote[] = [];
  walk(config, [], found);
  for (const note of found) {
    const key = JSON.stringify(note.path);
    const existing = notes.find((n) => JSON.stringify(n.path) === key);
    if (existing) existing.text = `${existing.text}\n${note.text}`;
    else notes.push(note);
  }
}
