// The test host of tests/test_ui_browser.py: one MCP Apps view in a sandboxed iframe, driven by the official
// host bridge of @modelcontextprotocol/ext-apps (AppBridge + PostMessageTransport), bundled by esbuild.
// The page has no MCP connection of its own: every tools/call the view makes goes to `window.hostCallTool`,
// which the test exposes (Playwright) and forwards to `brokerspec serve --sandbox --http` over MCP.
import { AppBridge, PostMessageTransport, isToolVisibilityAppOnly } from "@modelcontextprotocol/ext-apps/app-bridge";

const host = {
  bridge: null,
  iframe: null,
  calls: [],
  tools: [],
  async mount({ html, toolInput, toolResult, theme, tools }) {
    host.tools = tools || [];
    document.documentElement.dataset.theme = theme;
    const iframe = document.createElement("iframe");
    iframe.setAttribute("sandbox", "allow-scripts");  // opaque origin: no cookies, storage or parent DOM
    iframe.title = "MCP App view";
    iframe.id = "view";
    document.getElementById("frame").append(iframe);
    const bridge = new AppBridge(
      null,
      { name: "brokerspec-test-host", version: "1.0.0" },
      { serverTools: {}, logging: {} },
      { hostContext: { theme, displayMode: "inline", platform: "web" } },
    );
    bridge.oncalltool = async (params) => {
      host.calls.push(params.name);
      // A real host lets a view call its own server's tools, app-only ones included; never the model's.
      const tool = host.tools.find((t) => t.name === params.name);
      if (!tool) throw new Error(`unknown tool ${params.name}`);
      return await window.hostCallTool(params);
    };
    bridge.onsizechange = ({ height }) => { if (height) iframe.style.height = `${Math.ceil(height)}px`; };
    const initialized = new Promise((resolve) => { bridge.oninitialized = resolve; });
    await bridge.connect(new PostMessageTransport(iframe.contentWindow, iframe.contentWindow));
    iframe.srcdoc = html;
    await initialized;
    if (toolInput) await bridge.sendToolInput({ arguments: toolInput });
    if (toolResult) await bridge.sendToolResult(toolResult);
    host.bridge = bridge;
    host.iframe = iframe;
    document.body.dataset.ready = "1";
  },
  setTheme(theme) {
    document.documentElement.dataset.theme = theme;
    return host.bridge.sendHostContextChange({ theme });
  },
  appOnly(tool) { return isToolVisibilityAppOnly(tool); },
};
window.brokerspecHost = host;
