#!/usr/bin/env node
// The bin is committed JavaScript so pnpm can link it before the first build.
import '../dist/cli.js'
