// A tiny static file server for the built app (no dependencies).
// Usage: node scripts/static-server.mjs <dir> <port> [mount-path] [--headers]
// With --headers it applies the build's `_headers` file as Netlify and Cloudflare Pages do
// (every rule whose path matches, `*` matching any rest of the path), so tests see the page
// under its real Content-Security-Policy and cache rules.
// With a mount path (e.g. /roadmap/) the app is served only under it, as on a sub-path host.
// Text assets are sent brotli- or gzip-compressed when the browser asks, as static hosts
// (GitHub Pages, Netlify, Cloudflare Pages) do, so the benchmark sees realistic transfer sizes.
// Like GitHub Pages, it allows any origin to read its files (Access-Control-Allow-Origin: *),
// which a frame sandboxed without allow-same-origin (an opaque origin) needs to load the app.
import { createServer } from "node:http";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const args = process.argv.slice(2).filter((a) => a !== "--headers");
const [dir = "dist", port = "8080", mount = "/"] = args;
const root = resolve(dir);
const applyHeaders = process.argv.includes("--headers");

/** The rules of a `_headers` file: [path pattern, [[name, value]...]]. */
async function headerRules() {
  const rules = [];
  for (const line of (await readFile(join(root, "_headers"), "utf8")).split("\n")) {
    if (line.startsWith("/")) rules.push([line.trim(), []]);
    else if (/^\s+\S/.test(line) && rules.length) {
      const i = line.indexOf(":");
      rules.at(-1)[1].push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}
const matches = (pattern, path) => (pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml", ".png": "image/png",
  ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
};

const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt", ".ico"]);
const cache = new Map();

// The body in the best encoding the request accepts, compressed once per file version.
function encode(file, mtime, body, acceptEncoding = "") {
  if (!compressible.has(extname(file))) return [null, body];
  const encoding = /\bbr\b/.test(acceptEncoding) ? "br" : /\bgzip\b/.test(acceptEncoding) ? "gzip" : null;
  if (!encoding) return [null, body];
  const key = `${encoding}:${file}:${mtime}`;
  if (!cache.has(key)) {
    cache.set(key, encoding === "br"
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return [encoding, cache.get(key)];
}

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (!path.startsWith(mount)) {
    res.writeHead(404).end("not found");
    return;
  }
  let file = normalize(join(root, path.slice(mount.length)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file);
    }
    const [encoding, body] = encode(file, info.mtimeMs, await readFile(file), req.headers["accept-encoding"]);
    const headers = {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      vary: "accept-encoding",
      "access-control-allow-origin": "*",
    };
    if (encoding) headers["content-encoding"] = encoding;
    if (file.endsWith("sw.js") || file.endsWith(".html")) headers["cache-control"] = "no-cache";
    if (applyHeaders) {
      for (const [pattern, rule] of await headerRules()) {
        if (matches(pattern, path)) for (const [name, value] of rule) headers[name] = value;
      }
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`Serving ${dir} at http://localhost:${port}${mount}`);
});
