// The ready-made fixture repositories declared in fixture_repo.h. Their content is fixed: tests
// of ingest, the writer and the claim checker assert on it.
#include <string>

#include "fixture_repo/fixture_repo.h"

namespace repopost::testing {
namespace {

constexpr long long kDay = 86400;
constexpr long long kStart = 1700000000;  // 2023-11-14

constexpr const char* kCliReadme = R"(# tidyjson

[![CI](https://github.com/example/tidyjson/actions/workflows/ci.yml/badge.svg)](https://github.com/example/tidyjson/actions)
[![npm](https://img.shields.io/npm/v/tidyjson.svg)](https://www.npmjs.com/package/tidyjson)

<p align="center"><img src="docs/logo.png" alt="logo"></p>

tidyjson is a command-line tool that formats and validates JSON files in place, with zero dependencies.

It reads a 100 MB file in under 2 seconds on a laptop and works on Linux, macOS and Windows.

## Features

- Formats JSON with stable key order
- Validates against JSON Schema draft 7
- Rewrites files in place with `--write`
- Reads from stdin when no file is given

## Installation

```sh
npm install -g tidyjson
```

## Usage

```sh
tidyjson --indent 2 package.json
tidyjson --check data/*.json
```

## Documentation

See [the guide](docs/guide.md) and the [FAQ](https://example.com/tidyjson/faq).

## License

MIT
)";

constexpr const char* kCliPackageJson = R"({
  "name": "tidyjson",
  "version": "1.1.0",
  "description": "Format and validate JSON files from the command line",
  "license": "MIT",
  "homepage": "https://github.com/example/tidyjson",
  "repository": {"type": "git", "url": "https://github.com/example/tidyjson.git"},
  "keywords": ["json", "formatter", "cli"],
  "bin": {"tidyjson": "src/cli.js"},
  "dependencies": {},
  "devDependencies": {"mocha": "^10.0.0"}
}
)";

constexpr const char* kMitLicense = R"(MIT License

Copyright (c) 2023 Ada Lovelace

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
)";

constexpr const char* kCliChangelog = R"(# Changelog

## [1.1.0] - 2024-01-20

### Added
- `--check` mode that exits non-zero when a file is not formatted
- Schema validation errors show the JSON pointer

### Fixed
- Trailing newline is preserved

## [1.0.0] - 2023-12-01

- First stable release
)";

// Files spread over folders of 40 so each commit rewrites small trees.
std::string ModulePath(std::size_t i) {
  return "src/part" + std::to_string(i / 40) + "/module_" + std::to_string(i) + ".cpp";
}

}  // namespace

const char* const kLeakedSecrets[8] = {
    "AKIAIOSFODNN7EXAMPLE",
    "ghp_Zx8kQ2mN4pL6rT9vW1yB3dF5hJ7gK0sA2cE4",
    "sk-proj-Qm7Xr2Lk9Vt4Np8Ws3Jd6Hf1Gb5Zc0",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "MIIEowIBAAKCAQEAx3NsdVtTlKq9Jv1rMp7cUj2y",
    "AKIAJ7Q2WZ4LEAKYDESC",
    "ghp_Cm4nQ8tV2xB6zD0fH3jK5lN7pR9sT1uW3yA5",
    "sk-proj-EnvFileOnlyKey0123456789abcdefXY",
};

FixtureRepo MakeLeakyRepo() {
  FixtureRepo repo = FixtureRepo::Create(false, "leakyd");
  repo.Write("package.json", std::string(R"({
  "name": "leakyd",
  "version": "0.3.0",
  "description": "A tiny daemon. Deploy key )") +
                                 kLeakedSecrets[5] + R"(",
  "license": "MIT"
}
)");
  repo.Write("README.md", std::string(R"(# leakyd

leakyd is a small daemon that syncs files to object storage.

## Features

- Syncs a folder to S3 every minute
- Works with token )") + kLeakedSecrets[1] +
                              R"( out of the box
- Retries failed uploads with backoff

## Configuration

Use the access key )" + kLeakedSecrets[0] +
                              R"( for the demo bucket.

```
OPENAI_API_KEY=)" + kLeakedSecrets[2] +
                              R"(
aws_secret_access_key = )" + kLeakedSecrets[3] +
                              R"(
```

The deploy key:

-----BEGIN RSA PRIVATE KEY-----
)" + kLeakedSecrets[4] + R"(
Jv1rMp7cUj2yx3NsdVtTlKq9Jv1rMp7cUj2yx3Ns
-----END RSA PRIVATE KEY-----

Run `leakyd --bucket NAME` to start.
)");
  repo.Write(".env", std::string("OPENAI_API_KEY=") + kLeakedSecrets[7] + "\n");
  repo.Write("src/main.go", "package main\n\nfunc main() {}\n");
  repo.Commit("Initial commit", "Ada Lovelace", "ada@example.com", kStart);
  repo.Write("src/sync.go", "package main\n\nfunc sync() {}\n");
  repo.Commit(std::string("fix: rotate token ") + kLeakedSecrets[6], "Ada Lovelace",
              "ada@example.com", kStart + kDay);
  return repo;
}

FixtureRepo MakeCliToolRepo() {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("package.json", kCliPackageJson);
  repo.Write("LICENSE", kMitLicense);
  repo.Write("src/cli.js",
             "#!/usr/bin/env node\nconst format = require('./format');\n"
             "process.exit(format.main(process.argv.slice(2)));\n");
  repo.Write("src/format.js",
             "// Formats JSON text with stable key order.\n"
             "function main(args) {\n  return 0;\n}\nmodule.exports = { main };\n");
  repo.Commit("Initial commit", "Ada Lovelace", "ada@example.com", kStart);
  repo.Write("README.md", kCliReadme);
  repo.Write("docs/guide.md", "# User guide\n\nRun `tidyjson FILE` to format a file.\n");
  repo.Commit("docs: add README and guide", "Ada Lovelace", "ada@example.com", kStart + kDay);
  repo.Write("examples/basic.sh",
             "#!/bin/sh\n# Format every JSON file in the current folder.\n"
             "tidyjson --write *.json\n");
  repo.Write("examples/check-ci.sh",
             "#!/bin/sh\n\n# Fail a CI job when files are not tidy.\n"
             "tidyjson --check .\n");
  repo.Write("CHANGELOG.md", "# Changelog\n\n## [1.0.0] - 2023-12-01\n\n- First stable release\n");
  repo.Commit("feat: add examples", "Grace Hopper", "grace@example.com", kStart + 2 * kDay);
  repo.Tag("v1.0.0", "First stable release");
  repo.Write("src/check.js",
             "// --check mode.\nmodule.exports = function check() { return 0; };\n");
  repo.Commit("feat(cli): add --check mode", "Grace Hopper", "grace@example.com",
              kStart + 30 * kDay);
  repo.Write("CHANGELOG.md", kCliChangelog);
  repo.Commit("fix: preserve trailing newline", "Ada Lovelace", "ada@example.com",
              kStart + 60 * kDay);
  repo.Tag("v1.1.0", "Release 1.1.0");
  repo.Write("src/format.js",
             "// Formats JSON text with stable key order.\n"
             "function main(args) {\n  return args.length === 0 ? 1 : 0;\n}\n"
             "module.exports = { main };\n");
  repo.Commit("refactor: simplify main", "Ada Lovelace", "ada@example.com", kStart + 61 * kDay);
  repo.Write("docs/faq.md", "# FAQ\n\nDoes it change key order? Only with `--sort`.\n");
  repo.Commit("docs: add FAQ", "Grace Hopper", "grace@example.com", kStart + 62 * kDay);
  return repo;
}

FixtureRepo MakeNoReadmeRepo() {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("main.c",
             "#include <stdio.h>\n\nint main(void) {\n  puts(\"hello\");\n  return 0;\n}\n");
  repo.Write("util.c", "int add(int a, int b) { return a + b; }\n");
  repo.Write("util.h", "int add(int a, int b);\n");
  repo.Write("Makefile", "all:\n\tcc -o hello main.c util.c\n");
  repo.Write(".gitignore", "hello\n");
  repo.Commit("Initial commit", "Ada Lovelace", "ada@example.com", kStart);
  return repo;
}

FixtureRepo MakeUnicodeRepo() {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("README.md",
             "# café-clé ☕\n\n"
             "Une bibliothèque minuscule pour chiffrer des clés — 日本語のテキストにも対応 ✨.\n\n"
             "## Fonctionnalités\n\n- Chiffrement AES-256 😀\n- Zéro dépendance\n");
  repo.Write("src/clé.py",
             "# -*- coding: utf-8 -*-\ndef chiffrer(texte):\n    return texte[::-1]\n");
  repo.Write("docs/日本語.md", "# 使い方\n\nこれはテストです。\n");
  repo.Commit("Première version ✨", "Zoë Ångström", "zoe@example.com", kStart);
  repo.Write("src/clé.py", "def chiffrer(texte):\n    return texte[::-1]\n");
  repo.Commit("fix: supprime l'en-tête", "山田太郎", "taro@example.jp", kStart + kDay);
  return repo;
}

FixtureRepo MakeRustCrateRepo() {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("Cargo.toml", R"([package]
name = "quickhash"
version = "0.3.2"
edition = "2021"
description = "A fast non-cryptographic hash for byte slices"
license = "Apache-2.0 OR MIT"
keywords = ["hash", "fast", "no-std"]
repository = "https://github.com/example/quickhash"

[dependencies]
cfg-if = "1.0"

[dev-dependencies]
criterion = "0.5"
)");
  repo.Write("README.rst", R"(quickhash
=========

A fast non-cryptographic hash for byte slices, usable in ``no_std`` builds.

Features
--------

- Streaming and one-shot APIs
- Works on stable Rust

Usage
-----

.. code-block:: rust

   let h = quickhash::hash(b"hello");
)");
  repo.Write("CHANGES.rst",
             "Changes\n=======\n\n0.3.2\n-----\n\n- Fix big-endian output\n\n"
             "0.3.1\n-----\n\n- Faster tail handling\n");
  repo.Write("src/lib.rs",
             "//! quickhash\npub fn hash(data: &[u8]) -> u64 {\n    data.len() as u64\n}\n");
  repo.Commit("Initial commit", "Ada Lovelace", "ada@example.com", kStart);
  repo.Tag("v0.3.2");
  return repo;
}

FixtureRepo MakePythonPackageRepo() {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("pyproject.toml", R"([project]
name = "tabletidy"
version = "2.0.0"
description = "Clean up CSV tables"
license = {text = "BSD-3-Clause"}
keywords = ["csv", "cleaning"]
requires-python = ">=3.9"
dependencies = ["pandas>=2.0", "click"]

[project.urls]
Homepage = "https://example.com/tabletidy"
)");
  repo.Write("README.txt",
             "tabletidy\n\nClean up CSV tables: trims cells, fixes headers and "
             "drops empty rows.\n\nInstall with pip install tabletidy.\n");
  repo.Write("tabletidy/__init__.py",
             "\"\"\"Clean up CSV tables.\"\"\"\n__version__ = \"2.0.0\"\n");
  repo.Write("HISTORY.md",
             "# History\n\n## 2.0.0\n\n- Dropped Python 3.8\n\n## 1.0.0\n\n- First release\n");
  repo.Commit("Initial commit", "Ada Lovelace", "ada@example.com", kStart);
  return repo;
}

FixtureRepo MakeLongHistoryRepo(std::size_t commit_count, std::size_t file_count) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.BeginBulk();
  if (file_count == 0) file_count = 1;
  for (std::size_t i = 0; i < file_count; ++i) {
    repo.Write(ModulePath(i), "// module " + std::to_string(i) + "\nint f" + std::to_string(i) +
                                  "() { return " + std::to_string(i) + "; }\n");
  }
  repo.Write("README.md", "# longhistory\n\nA generated repository with a long history.\n");
  const char* kTypes[] = {"feat", "fix", "docs", "refactor", "chore"};
  const char* kAuthors[] = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra"};
  for (std::size_t c = 0; c < commit_count; ++c) {
    if (c > 0) {
      repo.Write(ModulePath(c % file_count), "// module revision " + std::to_string(c) + "\nint g" +
                                                 std::to_string(c) + "() { return " +
                                                 std::to_string(c) + "; }\n");
    }
    const char* author = kAuthors[c % 4];
    std::string email =
        std::string(author).substr(0, std::string(author).find(' ')) + "@example.com";
    repo.Commit(std::string(kTypes[c % 5]) + ": change " + std::to_string(c), author, email,
                kStart + static_cast<long long>(c) * 3600);
    if (c > 0 && c % 500 == 0) repo.Tag("v0." + std::to_string(c / 500) + ".0");
  }
  repo.EndBulk();
  return repo;
}

}  // namespace repopost::testing
