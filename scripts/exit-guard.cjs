// Preloaded by run-to-completion.mjs: a script that ends without calling process.exit() exits 75.
process.exitCode = 75
