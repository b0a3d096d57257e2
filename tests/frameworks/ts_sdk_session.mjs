#!/usr/bin/env node
// The TypeScript MCP SDK's Client against `brokerspec serve --sandbox`: tools, resources and prompts.
//
// Reads {"command", "args", "env", "prompts": [{"name", "arguments"}]} on stdin; lists the tools (the SDK
// compiles every outputSchema, so the two tool calls below are validated by its Ajv), calls `capabilities`
// and `get_portfolio`, lists and reads every resource, lists the prompts and gets each one asked for (the
// SDK checks every result's shape with its own schemas). Prints one JSON object; exit 3 if the session
// failed. The SDK is the one tests/ts/ pins, in <repo>/.cache/mcp-ts/node_modules.

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MODULES = join(REPO, ".cache", "mcp-ts", "node_modules");
const sdk = (path) =>
  import(pathToFileURL(join(MODULES, "@modelcontextprotocol", "sdk", "dist", "esm", path)).href);

const input = JSON.parse(readFileSync(0, "utf8"));
const { Client } = await sdk("client/index.js");
const { StdioClientTransport } = await sdk("client/stdio.js");
const transport = new StdioClientTransport({
  command: input.command,
  args: input.args,
  env: input.env,
  cwd: input.cwd,
  stderr: "inherit",
});
const client = new Client({ name: "brokerspec-ts-resources", version: "1.0.0" });
const options = { timeout: 60_000 };
const watchdog = setTimeout(() => {
  process.stdout.write(JSON.stringify({ fatal: "deadline passed" }) + "\n");
  process.exit(3);
}, 150_000);

try {
  await client.connect(transport, options);
  const tools = (await client.listTools(undefined, options)).tools;
  const calls = {};
  for (const name of ["capabilities", "get_portfolio"]) {
    calls[name] = await client.callTool({ name, arguments: {} }, undefined, options);
  }
  const resources = (await client.listResources(undefined, options)).resources;
  const reads = {};
  for (const resource of resources) {
    reads[resource.uri] = await client.readResource({ uri: resource.uri }, options);
  }
  const prompts = (await client.listPrompts(undefined, options)).prompts;
  const got = [];
  for (const ask of input.prompts) {
    got.push(await client.getPrompt({ name: ask.name, arguments: ask.arguments }, options));
  }
  const report = { tools: tools.map((t) => t.name), calls, resources, reads, prompts, got };
  process.stdout.write(JSON.stringify(report) + "\n");
  process.exitCode = 0;
} catch (err) {
  process.stdout.write(JSON.stringify({ fatal: String(err?.stack ?? err) }) + "\n");
  process.exitCode = 3;
} finally {
  clearTimeout(watchdog);
  await client.close().catch(() => {});
}
