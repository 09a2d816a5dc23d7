#!/usr/bin/env node
// Thin launcher: the CLI is bundled into bundle/ by `npm run build` (run by `npm ci` through the
// prepare script); bundle/boot.js starts it with V8's code cache.
import { runCli } from '../bundle/boot.js';

process.exitCode = await runCli(process.argv.slice(2));
