// Types of direct-output.mjs for the TypeScript that tests it.
export function directOutput(
  fd: number,
  stream: () => { write(chunk: string | Uint8Array): boolean },
  write?: (fd: number, buffer: Uint8Array, offset: number, length: number) => number,
): { write(text: string): boolean };
