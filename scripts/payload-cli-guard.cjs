// Preloaded into the Payload CLI: see payload-cli.mjs for why.
process.exitCode = 75
