#!/usr/bin/env node
// The `podlab` command. Node >= 22.12 runs the TypeScript sources directly (type stripping);
// inside this repository `npx podlab` and `npm run podlab` use the project's pinned Node 24.
import './cli.ts';
