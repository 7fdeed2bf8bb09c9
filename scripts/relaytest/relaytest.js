#!/usr/bin/env node
// Drives keeperkit's local relay (bundles/relay) with the real npm clients:
// @flashbots/ethers-provider-bundle and @flashbots/mev-share-client.
// Run by bundles/relay's Go tests (relaytest_test.go), which start a devnet
// and the relay and build blocks when this script says "sent".
//
// Usage: node relaytest.js <flashbots|mevshare|sign|verify>
// Env: RPC_URL, RELAY_URL, CHAIN_ID, AUTH_KEY (searcher identity), TX_KEY,
//      USER_KEY (mevshare), BODY and HEADER (sign/verify).
// Output: one JSON object per line; {"event":"sent",...} means "build the
// block now", {"event":"done",...} is the final view of the client.
'use strict';
const { ethers } = require('ethers');
const { FlashbotsBundleProvider, FlashbotsBundleResolution } = require('@flashbots/ethers-provider-bundle');
const MevShareClient = require('@flashbots/mev-share-client').default;

const env = (k) => {
  const v = process.env[k];
  if (!v) throw new Error(`relaytest: ${k} not set`);
  return v;
};
const out = (o) => process.stdout.write(JSON.stringify(o, (_, v) => (typeof v === 'bigint' ? v.toString() : v)) + '\n');

function provider() {
  const net = ethers.Network.from(Number(env('CHAIN_ID')));
  const p = new ethers.JsonRpcProvider(env('RPC_URL'), net, { staticNetwork: net, pollingInterval: 5 });
  p.pollingInterval = 5;
  return p;
}

// receiptOf polls for a transaction's receipt until it is mined or
// timeoutMs passes.
async function receiptOf(p, hash, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await p.getTransactionReceipt(hash);
    if (r) return r;
    if (Date.now() > deadline) throw new Error(`no receipt for ${hash} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function transfer(wallet, nonce, tipGwei) {
  return wallet.signTransaction({
    type: 2, chainId: Number(env('CHAIN_ID')), nonce, to: '0x00000000000000000000000000000000000000bb', value: 1n,
    gasLimit: 21000n, maxPriorityFeePerGas: ethers.parseUnits(String(tipGwei), 'gwei'), maxFeePerGas: ethers.parseUnits('200', 'gwei'),
  });
}

async function flashbots() {
  const p = provider();
  const auth = new ethers.Wallet(env('AUTH_KEY'));
  const wallet = new ethers.Wallet(env('TX_KEY'), p);
  const fb = await FlashbotsBundleProvider.create(p, auth, env('RELAY_URL'), Number(env('CHAIN_ID')));
  const head = await p.getBlockNumber();
  const target = head + 1;
  const nonce = await p.getTransactionCount(wallet.address, 'latest');
  const signed = [await transfer(wallet, nonce, 2), await transfer(wallet, nonce + 1, 3)];
  const sim = await fb.simulate(signed, target);
  if ('error' in sim) throw new Error('simulate: ' + JSON.stringify(sim.error));
  const res = await fb.sendRawBundle(signed, target);
  if ('error' in res) throw new Error('sendRawBundle: ' + JSON.stringify(res.error));
  // a bad one through the same client: target in the past
  const bad = await fb.sendRawBundle(signed, head);
  out({ event: 'sent', bundleHash: res.bundleHash, target });
  const resolution = await res.wait();
  const receipts = await res.receipts();
  const stats = await fb.getBundleStatsV2(res.bundleHash, target);
  const user = await fb.getUserStatsV2();
  out({
    event: 'done', target, bundleHash: res.bundleHash, included: resolution === FlashbotsBundleResolution.BundleIncluded,
    txHashes: res.bundleTransactions.map((t) => t.hash),
    receipts: receipts.map((r) => r && { blockNumber: r.blockNumber, status: r.status, index: r.index }),
    sim: { bundleHash: sim.bundleHash, totalGasUsed: sim.totalGasUsed, coinbaseDiff: sim.coinbaseDiff.toString(), gasFees: sim.gasFees.toString(), results: sim.results.length, firstRevert: sim.firstRevert || null },
    badError: bad.error || null, stats, user,
  });
}

async function mevshare() {
  const p = provider();
  const auth = new ethers.Wallet(env('AUTH_KEY'), p);
  const user = new ethers.Wallet(env('USER_KEY'), p);
  const searcher = new ethers.Wallet(env('TX_KEY'), p);
  const network = { name: 'keeperkit-local', chainId: Number(env('CHAIN_ID')), streamUrl: env('RELAY_URL'), apiUrl: env('RELAY_URL') };
  const client = new MevShareClient(auth, network);
  const head = await p.getBlockNumber();
  const target = head + 1;
  let stream;
  const hint = new Promise((resolve, reject) => {
    stream = client.on('transaction', (tx) => resolve(tx));
    stream.onerror = (e) => reject(new Error('event stream: ' + (e && e.message)));
    stream.onopen = () => out({ event: 'stream-open' });
  });
  await new Promise((resolve) => { const iv = setInterval(() => { if (stream.readyState === 1) { clearInterval(iv); resolve(); } }, 5); });
  const userTx = await transfer(user, await p.getTransactionCount(user.address, 'latest'), 1);
  const userRes = await client.sendBundle({
    inclusion: { block: target, maxBlock: target + 2 },
    body: [{ tx: userTx, canRevert: false }],
    privacy: { hints: { calldata: true, contractAddress: true, functionSelector: true, txHash: true } },
  });
  const event = await hint;
  stream.close();
  const backTx = await transfer(searcher, await p.getTransactionCount(searcher.address, 'latest'), 9);
  const sim = await client.simulateBundle({ inclusion: { block: target }, body: [{ tx: userTx, canRevert: false }, { tx: backTx, canRevert: false }] }, {});
  const backRes = await client.sendBundle({ inclusion: { block: target }, body: [{ hash: event.hash }, { tx: backTx, canRevert: false }] });
  out({ event: 'sent', target });
  // Poll the receipt rather than p.waitForTransaction: ethers' block
  // poller takes its first block number as the baseline, and when the test
  // builds the block before that first poll no newer block ever comes, so
  // it waited out its 30 s (seen under -race in CI).
  const receipt = await receiptOf(p, ethers.keccak256(backTx), 30000);
  const block = await p.getBlock(receipt.blockNumber);
  out({
    event: 'done', target, userBundleHash: userRes.bundleHash, backrunBundleHash: backRes.bundleHash,
    userTxHash: ethers.keccak256(userTx), backrunTxHash: ethers.keccak256(backTx),
    hint: { hash: event.hash, to: event.to, functionSelector: event.functionSelector, callData: event.callData },
    sim: { success: sim.success, gasUsed: sim.gasUsed, profit: sim.profit, mevGasPrice: sim.mevGasPrice },
    backrunBlock: receipt.blockNumber, backrunStatus: receipt.status, blockTxs: block.transactions,
  });
}

async function sign() {
  const w = new ethers.Wallet(env('AUTH_KEY'));
  const body = env('BODY');
  out({ event: 'done', header: `${w.address}:${await w.signMessage(ethers.id(body))}` });
}

async function verify() {
  const header = env('HEADER');
  const i = header.indexOf(':');
  const addr = ethers.verifyMessage(ethers.id(env('BODY')), header.slice(i + 1));
  out({ event: 'done', address: addr, claimed: header.slice(0, i) });
}

const modes = { flashbots, mevshare, sign, verify };
const mode = modes[process.argv[2]];
if (!mode) {
  console.error('usage: relaytest.js <' + Object.keys(modes).join('|') + '>');
  process.exit(2);
}
mode().then(() => process.exit(0), (e) => { console.error(e && e.stack ? e.stack : e); process.exit(1); });
