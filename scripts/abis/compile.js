#!/usr/bin/env node
// Compiles every abis/src/*.sol with the pinned solc-js and writes
// abis/build/<Contract>.json. Output is deterministic: sources sorted, no
// metadata hash, stable key order and formatting, so the committed artifacts
// can be checked against a fresh compile.
//
// Usage: node scripts/abis/compile.js [outDir]   (default abis/build)
'use strict';
const fs = require('fs');
const path = require('path');

let solc;
try {
  solc = require('solc');
} catch (e) {
  console.error('compile: the npm package solc is missing: run `make setup`');
  process.exit(2);
}

// The pinned compiler (package-lock.json); another one would change every byte.
const SOLC_VERSION = '0.8.28';
if (!solc.version().startsWith(SOLC_VERSION + '+')) {
  console.error('compile: solc ' + solc.version() + ' is installed, want ' + SOLC_VERSION + ': run `make setup`');
  process.exit(2);
}

const root = path.resolve(__dirname, '..', '..');
const srcDir = path.join(root, 'abis', 'src');
const outDir = path.resolve(process.argv[2] || path.join(root, 'abis', 'build'));

const settings = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
};

const files = fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort();
const sources = {};
for (const f of files) sources[f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };

function findImports(p) {
  const candidates = [path.join(srcDir, p), path.join(root, 'node_modules', p)];
  for (const c of candidates) if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  return { error: 'import not found: ' + p };
}

const input = { language: 'Solidity', sources, settings };
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (out.errors || []).filter((e) => e.severity === 'error');
for (const e of out.errors || []) console.error(e.formattedMessage);
if (errors.length) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const written = [];
for (const file of Object.keys(out.contracts).sort()) {
  if (!files.includes(file)) continue; // imported library sources are not our artifacts
  for (const name of Object.keys(out.contracts[file]).sort()) {
    const c = out.contracts[file][name];
    if (!c.evm.bytecode.object) continue; // interfaces and abstract contracts
    if (written.includes(name)) {
      console.error('compile: two contracts are named ' + name + ': artifacts are keyed by contract name');
      process.exit(1);
    }
    const artifact = {
      contractName: name,
      sourceName: file,
      compiler: 'solc-js ' + solc.version(),
      settings: { optimizer: settings.optimizer, evmVersion: settings.evmVersion, metadata: settings.metadata },
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
    written.push(name);
  }
}
// Remove artifacts of contracts that no longer exist, so that `make abis`
// alone brings abis/build back in line with abis/src.
for (const f of fs.readdirSync(outDir).sort()) {
  if (!f.endsWith('.json') || written.includes(f.slice(0, -'.json'.length))) continue;
  let old;
  try {
    old = JSON.parse(fs.readFileSync(path.join(outDir, f), 'utf8'));
  } catch (e) {
    continue; // not ours: leave it
  }
  if (typeof old.compiler === 'string' && old.compiler.startsWith('solc-js ')) {
    fs.unlinkSync(path.join(outDir, f));
    console.log('removed stale ' + f);
  }
}
console.log('compiled ' + written.join(', ') + ' with solc ' + solc.version());
