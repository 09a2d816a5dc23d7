#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in lib/ (built by `npm ci` through the prepare script).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
