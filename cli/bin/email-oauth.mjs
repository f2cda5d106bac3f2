#!/usr/bin/env node
// The `email-oauth` command (package.json "bin"; also `npm run verify -- ...`).
//
// Why a JavaScript shim that runs the TypeScript through tsx: the command runs from a checkout of
// this project on the admin's computer (after `npm ci`, which installs tsx as a devDependency) and
// is never published or shipped to the instance. Running the sources directly means no build step
// and no compiled output to commit or to forget to rebuild.
import { require as requireTypeScript } from 'tsx/cjs/api'

const { main } = requireTypeScript('../main.ts', import.meta.url)

const code = await main(process.argv.slice(2))
// Exit once stdout is flushed: an idle keep-alive socket must not hold the command open.
process.stdout.write('', () => process.exit(code))
