#!/usr/bin/env node
// Thin launcher: the CLI is bundled into bundle/ by `npm run build` (run by `npm ci` through the
// prepare script).
import { main } from '../bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
