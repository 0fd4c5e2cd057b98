/**
 * Turns off zod's compiled fast path for this process. zod compiles a parser per object schema with
 * `new Function` on first use, which pays off for a long-running app but not for a command that parses one
 * design and exits: without it `validate` spent about 100 ms less CPU. It must run before any schema is
 * created (zod reads the setting then), so main.ts imports this module first.
 */
import { z } from 'zod';

z.config({ jitless: true });
