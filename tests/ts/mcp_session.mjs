#!/usr/bin/env node
// One MCP session driven by the TypeScript SDK's own Client: an oracle no one here wrote.
//
// Spawns `<repo>/.venv/bin/brokerspec serve --sandbox` over stdio, lists the tools (which makes the
// SDK compile every outputSchema, so each successful call's structuredContent is validated by Ajv),
// then runs the calls read from stdin as JSON:
//
//   {"env": {"BROKERSPEC_TRADING": "1", ...},
//    "calls": [{"tool": "kalshi_preview_orders", "arguments": {...}},
//              {"tool": "kalshi_place_orders",
//               "arguments": {"orders": [...], "preview_token": {"$result": [0, "preview_token"]}}}],
//    "request_timeout_ms": 30000, "deadline_ms": 120000}
//
// `{"$result": [i, key, ...]}` stands for a value of call i's structuredContent.
// Prints one JSON line for the tool list, then one per call: the result as the SDK returned it, or
// the message and code of what it threw. Exit 0 when the session ran (whatever the tools answered),
// 2 on bad input, 3 when the session itself failed or the deadline passed.
//
// The SDK lives in <repo>/.cache/mcp-ts/node_modules (scripts/test installs it, pinned by the
// package-lock.json next to this file); BROKERSPEC_MCP_TS_MODULES overrides the location.

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MODULES = process.env.BROKERSPEC_MCP_TS_MODULES || join(REPO, ".cache", "mcp-ts", "node_modules");

function emit(obj) {
  process.stdout.write(JSON.stringify(obj) + "\n");
}

function sdk(path) {
  // The package's "exports" map sends "@modelcontextprotocol/sdk/<path>" to dist/esm/<path> for import.
  return import(pathToFileURL(join(MODULES, "@modelcontextprotocol", "sdk", "dist", "esm", path)).href);
}

function lookup(results, ref) {
  const [index, ...keys] = ref;
  const result = results[index];
  if (!result || !result.structuredContent) {
    throw new Error(`$result ${JSON.stringify(ref)}: call ${index} has no structuredContent`);
  }
  let value = result.structuredContent;
  for (const key of keys) {
    if (value === null || typeof value !== "object" || !(key in value)) {
      throw new Error(`$result ${JSON.stringify(ref)}: no ${JSON.stringify(key)}`);
    }
    value = value[key];
  }
  return value;
}

function substitute(value, results) {
  if (Array.isArray(value)) return value.map((v) => substitute(v, results));
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$result") return lookup(results, value.$result);
    return Object.fromEntries(keys.map((k) => [k, substitute(value[k], results)]));
  }
  return value;
}

async function main() {
  let input;
  try {
    input = JSON.parse(readFileSync(0, "utf8"));
  } catch (err) {
    emit({ fatal: `stdin is not JSON: ${err.message}` });
    return 2;
  }
  const calls = input.calls || [];
  const requestTimeout = input.request_timeout_ms ?? 30_000;
  const deadline = input.deadline_ms ?? 120_000;

  const { Client } = await sdk("client/index.js");
  const { StdioClientTransport } = await sdk("client/stdio.js");

  const transport = new StdioClientTransport({
    command: join(REPO, ".venv", "bin", "brokerspec"),
    args: ["serve", "--sandbox"],
    env: input.env || {}, // added to the SDK's small default set (HOME, PATH, ...), nothing else inherited
    stderr: "inherit",
  });
  const client = new Client({ name: "brokerspec-ts-oracle", version: "1.0.0" });

  // Bounded: a hung server or SDK never holds the test past the deadline.
  const watchdog = setTimeout(() => {
    emit({ fatal: `deadline of ${deadline} ms passed` });
    transport.close().finally(() => process.exit(3));
  }, deadline);

  try {
    await client.connect(transport, { timeout: requestTimeout });
    const listed = await client.listTools(undefined, { timeout: requestTimeout });
    emit({
      tools: listed.tools.map((t) => ({ name: t.name, hasOutputSchema: Boolean(t.outputSchema) })),
    });
    const results = [];
    for (const [index, call] of calls.entries()) {
      let result;
      try {
        const args = substitute(call.arguments || {}, results);
        result = await client.callTool({ name: call.tool, arguments: args }, undefined, {
          timeout: requestTimeout,
        });
        emit({ call: index, tool: call.tool, ...result });
      } catch (err) {
        result = undefined;
        emit({ call: index, tool: call.tool, thrown: String(err?.message ?? err), code: err?.code ?? null });
      }
      results.push(result);
    }
    return 0;
  } catch (err) {
    emit({ fatal: String(err?.message ?? err) });
    return 3;
  } finally {
    clearTimeout(watchdog);
    await client.close().catch(() => {});
  }
}

process.exitCode = await main();
