// Plain-directory fixture repositories (ingest reads a folder without .git as a plain tree).
// The content mirrors tests/support/fixture_repo MakeCliToolRepo(): a small CLI tool, tidyjson,
// whose README states facts the writer can ground a post on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CLI_README = `# tidyjson

tidyjson is a command-line tool that formats and validates JSON files in place, with zero dependencies.

It reads a 100 MB file in under 2 seconds on a laptop and works on Linux, macOS and Windows.

## Features

- Formats JSON with stable key order
- Validates against JSON Schema draft 7
- Rewrites files in place with \`--write\`
- Reads from stdin when no file is given

## Installation

\`\`\`sh
npm install -g tidyjson
\`\`\`

## Usage

\`\`\`sh
tidyjson --indent 2 package.json
tidyjson --check data/*.json
\`\`\`

## License

MIT
`;

const CLI_FILES = {
  'README.md': CLI_README,
  'package.json': JSON.stringify({
    name: 'tidyjson', version: '1.1.0',
    description: 'Format and validate JSON files from the command line',
    license: 'MIT', homepage: 'https://github.com/example/tidyjson',
    keywords: ['json', 'formatter', 'cli'], bin: { tidyjson: 'src/cli.js' },
    dependencies: {}, devDependencies: { mocha: '^10.0.0' },
  }, null, 2),
  LICENSE: 'MIT License\n\nCopyright (c) 2023 Ada Lovelace\n',
  'CHANGELOG.md': '# Changelog\n\n## [1.1.0] - 2024-01-20\n\n### Added\n- `--check` mode that exits non-zero when a file is not formatted\n\n### Fixed\n- Trailing newline is preserved\n',
  'src/cli.js': "#!/usr/bin/env node\nconst format = require('./format');\nprocess.exit(format.main(process.argv.slice(2)));\n",
  'src/format.js': '// Formats JSON text with stable key order.\nfunction main(args) {\n  return args.length === 0 ? 1 : 0;\n}\nmodule.exports = { main };\n',
  'docs/guide.md': '# User guide\n\nRun `tidyjson FILE` to format a file.\n',
  'examples/basic.sh': '#!/bin/sh\n# Format every JSON file in the current folder.\ntidyjson --write *.json\n',
};

// The markers the hostile fixture plants; the page must show them as text and never run them.
export const HOSTILE_MARKERS = {
  script: '<script>window.__pwned = 1</script>',
  img: '<img src=x onerror="window.__pwned = 2">',
};

const HOSTILE_README = `# htmlbomb <b id="injected-title">bold</b>

htmlbomb is a command-line tool ${HOSTILE_MARKERS.script} that formats Markdown tables in place, with zero dependencies.

It renders a 10 MB file in under 1 second ${HOSTILE_MARKERS.img} and works on Linux and macOS.

## Features

- Aligns Markdown table columns <iframe id="injected-frame" src="about:blank"></iframe>
- Keeps inline code intact

## License

MIT
`;

function writeTree(root, files) {
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

// Writes the tidyjson tool under root/tidyjson and returns its path.
export function writeCliToolRepo(root) { return writeTree(join(root, 'tidyjson'), CLI_FILES); }

// Writes a repository whose README carries <script>, <img onerror> and <iframe> markup.
export function writeHostileRepo(root) {
  return writeTree(join(root, 'htmlbomb'), {
    'README.md': HOSTILE_README,
    'package.json': JSON.stringify({ name: 'htmlbomb', version: '0.3.0', description: 'Align <b>Markdown</b> tables', license: 'MIT' }),
  });
}
