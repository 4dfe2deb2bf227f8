/** The text `newslint --help` prints. */
export const HELP_TEXT = `Usage: newslint [options] [file|folder|glob ...]

Lints news copy (.txt, .md, .markdown, .html, .htm). With no operands, lints the current folder.

Input:
  --stdin                     Lint text read from standard input
  --stdin-filename PATH       Name the standard input (picks the format and the config)
  --ignore-pattern PATTERN    Skip matching files (gitignore syntax; repeatable); .newslintignore is read too
  --archive PATH              Reference copy (file, folder or glob; repeatable), indexed but not linted: a line
                              that also runs verbatim in other stories reads as page chrome. With several
                              files, the files of the run are indexed too

Configuration:
  -c, --config FILE           Use this config file instead of searching for .textlintrc.json
  --no-config                 Ignore config files; use newslint:recommended
  --rule ID:SEVERITY          Set a rule's severity: error, warning, info or off (repeatable)
  --print-config FILE         Print the configuration that applies to FILE, then exit
  --list-rules                List the built-in rules, then exit
  --init                      Write a starter .textlintrc.json in the current folder, then exit

Output:
  -f, --format NAME           stylish (default), json, compact, unix, github, sarif, junit,
                              diff (with --fix-dry-run or --fix), or a path or package exporting a reporter
  -o, --output-file FILE      Write the report to FILE instead of standard output
  --quiet                     Report errors only (warnings still count for --max-warnings)
  --max-warnings N            Exit with 1 when there are more than N warnings
  --color, --no-color         Force colour in the stylish report on or off

Fixing:
  --fix                       Apply safe fixes to the files (until stable, at most 10 passes), then report what is left
  --fix-dry-run               Work the fixes out without writing; with --format diff, print them as a unified diff

Gate and speed:
  --baseline FILE             Report only findings not recorded in FILE
  --write-baseline FILE       Record every current finding in FILE
  --cache                     Reuse results for unchanged files (.newslintcache)
  --cache-location PATH       Where the cache lives (a file, or a folder for .newslintcache); implies --cache
  --concurrency N|auto|off    Worker threads for linting (default auto: all cores when there are many files)

Other:
  --lsp                       Run the language server on stdio (for editors)
  --debug                     Print timings, cache and worker statistics, and stack traces
  -v, --version               Print the version
  -h, --help                  Print this help

Exit codes: 0 no errors and warnings within --max-warnings; 1 lint errors or too many warnings;
2 a usage, config or internal error, or a file that could not be read.
`;
