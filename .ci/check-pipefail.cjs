// Finds `run:` steps of GitHub workflows whose script pipes one command into another while the
// shell does not run with pipefail: there a failing command before `|` is lost and the step
// passes, as `"$CATALOG" deploy | tee -a "$GITHUB_STEP_SUMMARY"` did.
//
// Usage: node .ci/check-pipefail.cjs NODE_MODULES_DIR FILE...
// Prints file:line: message per problem and exits 1 when there is any (2 on bad input).
//
// The effective shell of a step is resolved as the runner does: the step's `shell`, else the
// job's `defaults.run` when the job has one (a job's `defaults.run` replaces the workflow's as a
// whole, so a job that sets only `working-directory` drops the workflow's `shell`), else the
// workflow's `defaults.run`, else GitHub's default `bash -e {0}`. A step passes when that shell is
// `bash` given explicitly (GitHub runs it as `bash --noprofile --norc -eo pipefail {0}`), a custom
// shell command that names pipefail, or when its script runs `set -o pipefail` (also as in
// `set -euo pipefail`) on a line before its first pipe. Scripts for other shells (pwsh, python,
// cmd, ...) are not read: `|` means something else there.
//
// A pipe is a `|` or `|&` of the shell script, outside comments, single and double quotes, here-
// document bodies, `${...}` and `$((...))`, and not part of `||` or the `>|` redirection. A pipe
// inside `$(...)` or backticks counts, within double quotes too. GitHub expressions `${{ ... }}`
// are blanked first. Not understood: `|` between `case` patterns and in `[[ =~ ]]` regular
// expressions (both reported as pipes; `shell: bash` clears them), scripts that build commands
// at run time (`eval`, `bash -c "a | b"`: the quoted pipe is not seen), a shell given by an
// expression (`${{ matrix.shell }}`: not read), and composite actions (only workflows are read).
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

/** Shells whose scripts are read for pipes: the POSIX family and GitHub's default. */
function isShellFamily(shell) {
  return shell === undefined || /^(bash|sh)(\s|$)/.test(shell);
}

/** True when the shell runs with pipefail: bare `bash`, or a custom command naming pipefail. */
function hasPipefailShell(shell) {
  if (shell === undefined) return false;
  return shell === "bash" || (/^bash\s/.test(shell) && /\bpipefail\b/.test(shell));
}

/**
 * The 0-based line numbers of the pipes in a shell script.
 * A small scanner that keeps a stack of contexts: code, single and double quotes, command
 * substitution, parameter expansion and arithmetic.
 */
function findPipes(script) {
  // ${{ ... }} expressions are evaluated before the shell sees the script.
  const text = script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, "x"));
  const pipes = [];
  const stack = [{ kind: "code" }];
  const heredocs = []; // delimiters whose bodies start on the next line
  let line = 0;
  let i = 0;
  const top = () => stack[stack.length - 1];
  const inCode = () => ["code", "subst", "backtick", "paren"].includes(top().kind);

  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    const kind = top().kind;

    if (c === "\n") {
      line++;
      i++;
      // Here-document bodies follow the line that opened them.
      while (heredocs.length > 0) {
        const { delimiter, stripTabs } = heredocs.shift();
        for (;;) {
          if (i >= text.length) break;
          const end = text.indexOf("\n", i);
          const bodyLine = text.slice(i, end === -1 ? text.length : end);
          i = end === -1 ? text.length : end + 1;
          line++;
          if ((stripTabs ? bodyLine.replace(/^\t+/, "") : bodyLine) === delimiter) break;
        }
      }
      continue;
    }

    if (kind === "squote") {
      if (c === "'") stack.pop();
      i++;
      continue;
    }
    if (c === "\\") {
      if (next === "\n") line++; // a continued line
      i += 2;
      continue;
    }
    if (kind === "dquote") {
      if (c === '"') stack.pop();
      else if (c === "$" && next === "(" && text[i + 2] !== "(") {
        stack.push({ kind: "subst" });
        i += 2;
        continue;
      } else if (c === "$" && next === "(") {
        stack.push({ kind: "arith", depth: 0 });
        i += 3;
        continue;
      } else if (c === "$" && next === "{") {
        stack.push({ kind: "param" });
        i += 2;
        continue;
      } else if (c === "`") stack.push({ kind: "backtick" });
      i++;
      continue;
    }
    if (kind === "param") {
      if (c === "}") stack.pop();
      else if (c === "{") stack.push({ kind: "param" });
      i++;
      continue;
    }
    if (kind === "arith") {
      if (c === "(") top().depth++;
      else if (c === ")") {
        if (top().depth > 0) top().depth--;
        else if (next === ")") {
          stack.pop();
          i += 2;
          continue;
        }
      }
      i++;
      continue;
    }

    // Code: the top level, $(...), `...` and (...) subshells.
    if (c === "#" && (i === 0 || /[\s;&|()]/.test(text[i - 1]))) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (c === "'") stack.push({ kind: "squote" });
    else if (c === '"') stack.push({ kind: "dquote" });
    else if (c === "`") {
      if (kind === "backtick") stack.pop();
      else stack.push({ kind: "backtick" });
    } else if (c === "$" && next === "(" && text[i + 2] === "(") {
      stack.push({ kind: "arith", depth: 0 });
      i += 3;
      continue;
    } else if (c === "$" && next === "(") {
      stack.push({ kind: "subst" });
      i += 2;
      continue;
    } else if (c === "$" && next === "{") {
      stack.push({ kind: "param" });
      i += 2;
      continue;
    } else if (c === "(" && next === "(") {
      stack.push({ kind: "arith", depth: 0 }); // the (( ... )) command
      i += 2;
      continue;
    } else if (c === "(") stack.push({ kind: "paren" });
    else if (c === ")") {
      if (stack.length > 1 && (kind === "subst" || kind === "paren")) stack.pop();
    } else if (c === "<" && next === "<" && text[i + 2] !== "<") {
      const m = /^<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([A-Za-z0-9_.-]+))/.exec(text.slice(i));
      if (m) {
        heredocs.push({ delimiter: m[2] ?? m[3] ?? m[4], stripTabs: m[1] === "-" });
        i += m[0].length;
        continue;
      }
    } else if (c === "<" && next === "<") {
      i += 3; // a here-string, <<<
      continue;
    } else if (c === "|") {
      if (next === "|") {
        i += 2;
        continue;
      }
      if (i === 0 || text[i - 1] !== ">") pipes.push(line);
    }
    i++;
  }
  return pipes;
}

/** The 0-based line of the first `set ... -o pipefail` (or `set -euo pipefail`), or -1. */
function pipefailLine(script) {
  const lines = script.split("\n");
  return lines.findIndex((l) => /^\s*set\s+(?:[-+][A-Za-z]+\s+)*-[A-Za-z]*o\s+pipefail\b/.test(l));
}

function check(file, text, YAML) {
  const problems = [];
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, keepSourceTokens: true });
  if (doc.errors.length > 0) {
    throw new Error(`${file}: ${doc.errors[0].message}`);
  }
  const lineOf = (offset) => lineCounter.linePos(offset).line;
  const workflowShell = doc.getIn(["defaults", "run", "shell"]);
  const jobs = doc.get("jobs");
  if (!YAML.isMap(jobs)) return problems;
  for (const jobPair of jobs.items) {
    const jobId = String(jobPair.key.value ?? jobPair.key);
    const job = jobPair.value;
    if (!YAML.isMap(job)) continue;
    const jobRun = job.getIn(["defaults", "run"]);
    const jobShell = YAML.isMap(jobRun) ? jobRun.get("shell") : workflowShell;
    const steps = job.get("steps");
    if (!YAML.isSeq(steps)) continue;
    steps.items.forEach((step, index) => {
      if (!YAML.isMap(step) || !step.has("run")) return;
      const stepShell = step.get("shell");
      const shell = stepShell ?? jobShell;
      if (!isShellFamily(shell) || hasPipefailShell(shell)) return;
      const runNode = step.get("run", true);
      const script = String(runNode.value ?? "");
      const pipes = findPipes(script);
      if (pipes.length === 0) return;
      const setLine = pipefailLine(script);
      if (setLine !== -1 && setLine < pipes[0]) return;
      // A literal block scalar keeps the script's lines: point at the pipe itself.
      const literal = runNode.type === "BLOCK_LITERAL";
      const start = lineOf(runNode.range[0]);
      const name = step.get("name") ?? `step ${index + 1}`;
      let why;
      if (stepShell !== undefined) why = `its shell is "${stepShell}"`;
      else if (YAML.isMap(jobRun) && workflowShell !== undefined)
        why = `the job's defaults.run has no shell and replaces the workflow's defaults.run`;
      else if (shell !== undefined) why = `its shell is "${shell}"`;
      else why = `no shell is given, so GitHub runs "bash -e {0}"`;
      for (const pipe of literal ? pipes : [pipes[0]]) {
        problems.push(
          `${file}:${literal ? start + 1 + pipe : start}: step "${name}" in job ${jobId} pipes ` +
            `without pipefail (${why}): a failure before the pipe is lost; ` +
            `use shell: bash or set -o pipefail`,
        );
      }
    });
  }
  return problems;
}

function main() {
  const [modules, ...files] = process.argv.slice(2);
  if (!modules || files.length === 0) {
    console.error("usage: check-pipefail.cjs NODE_MODULES_DIR FILE...");
    process.exit(2);
  }
  const YAML = require(join(modules, "yaml"));
  let problems = 0;
  for (const file of files) {
    for (const p of check(file, readFileSync(file, "utf8"), YAML)) {
      console.error(p);
      problems++;
    }
  }
  console.log(`pipefail: ${files.length} workflow files, ${problems} problems`);
  process.exit(problems === 0 ? 0 : 1);
}

try {
  main();
} catch (e) {
  console.error(e.message ?? e);
  process.exit(2);
}
