#!/usr/bin/env node
// Checks the roadmap in browser engines other than Chromium: WebKit (every iPhone browser's engine) through
// WebKitGTK, and Gecko (Firefox) through geckodriver; Chromium can run the same checks as a reference. It speaks
// W3C WebDriver over HTTP itself (no npm packages), plus WebDriver BiDi where the driver offers it, for the
// page's errors from the first byte on. Adapted from the shared engines recipe; scripts/setup.sh installs the
// engines (Debian's webkit2gtk-driver, firefox-esr, xvfb; geckodriver from crates.io) and scripts/test.sh runs it.
//
//   node scripts/engines-check.mjs [URL] [--engines=webkit,gecko,chromium] [--sizes=phone,desktop]
//                                [--paths='/|/?embed=1'] [--out=DIR] [--allow=REGEX] [--ready-timeout=30]
//
// Prints one line per engine, size and address: PASS, FAIL (a check failed) or ERRORS (every check passed, but the
// page logged an error or a request failed), the first failed check and the first error.
// Writes screenshots and report.json under --out (default $ENGINES_OUT, else engines/ in the temp folder). Exit 1 if any
// line failed, 2 if an engine could not be started at all.

import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, writeFileSync, chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, delimiter, basename } from 'node:path';

// ---------------------------------------------------------------------------------------------------------
// Settings

function options() {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const a = args.find(x => x.startsWith(`--${name}=`));
    return a ? a.slice(name.length + 3) : fallback;
  };
  const positional = args.filter(a => !a.startsWith('--'));
  return {
    url: positional[0] || process.env.ENGINES_URL || 'http://127.0.0.1:8080/',
    engines: flag('engines', process.env.ENGINES || 'webkit,gecko').split(',').filter(Boolean),
    sizes: flag('sizes', 'phone,desktop').split(',').filter(Boolean),
    paths: flag('paths', '/|/?roadmap=web-foundations|/?embed=1|/?view=cohort').split(/[|]/).filter(Boolean),
    out: flag('out', process.env.ENGINES_OUT || join(tmpdir(), 'engines')),
    readyTimeout: Number(flag('ready-timeout', '30')) * 1000,
    // Errors matching this are still listed, but do not fail the line (e.g. --allow="manifest-src").
    allow: flag('allow', process.env.ENGINES_ALLOW || '') ? new RegExp(flag('allow', process.env.ENGINES_ALLOW)) : null,
  };
}

const SIZES = { phone: [390, 844], desktop: [1280, 900] };

/** The first of `names` found on PATH (or as a path), else the first name. */
function which(...names) {
  for (const n of names.filter(Boolean)) {
    if (n.includes('/')) { if (existsSync(n)) return n; continue; }
    for (const dir of (process.env.PATH || '').split(delimiter)) if (dir && existsSync(join(dir, n))) return join(dir, n);
  }
  return names.filter(Boolean)[0];
}

// ---------------------------------------------------------------------------------------------------------
// Drivers

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** A driver process in its own process group (so that stopping it ends the browser and Xvfb it started). */
class Driver {
  constructor(engine) { this.engine = engine; this.lines = []; this.scratch = mkdtempSync(join(tmpdir(), `engines-${engine}-`)); }

  async start() {
    this.port = await freePort();
    const [cmd, args, env] = this.command();
    this.cmdline = [cmd, ...args].join(' ');
    this.name = [cmd, ...args].find(a => /webdriver|geckodriver|chromedriver/i.test(a)) || cmd;
    this.proc = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.exited = new Promise(resolve => this.proc.once('exit', (code, sig) => resolve(`exited (${code ?? sig})`)));
    this.proc.once('error', e => this.lines.push({ t: Date.now(), text: `spawn ${cmd}: ${e.message}` }));
    for (const stream of [this.proc.stdout, this.proc.stderr]) {
      let rest = '';
      stream.on('data', chunk => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop();
        for (const text of parts) this.lines.push({ t: Date.now(), text });
      });
    }
    this.base = `http://127.0.0.1:${this.port}`;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const gone = await Promise.race([this.exited, sleep(250).then(() => null)]);
      if (gone) throw new Error(`${this.cmdline}: ${gone}: ${this.tail()}`);
      try { const r = await fetch(`${this.base}/status`); if (r.ok) return this; } catch { /* not listening yet */ }
    }
    throw new Error(`${this.cmdline}: no answer on ${this.base}/status in 30 s`);
  }

  tail(n = 5) { return this.lines.slice(-n).map(l => l.text).join(' / ') || '(no output)'; }

  async stop() {
    if (!this.proc || this.proc.exitCode !== null) return;
    try { process.kill(-this.proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    const gone = await Promise.race([this.exited, sleep(5000).then(() => null)]);
    if (!gone) try { process.kill(-this.proc.pid, 'SIGKILL'); } catch { /* already gone */ }
    rmSync(this.scratch, { recursive: true, force: true });
    if (this.logFile) writeFileSync(this.logFile, this.lines.map(l => `${new Date(l.t).toISOString()} ${l.text}`).join('\n') + '\n');
  }

  command() {
    if (this.engine === 'webkit') {
      let cmd = [which(process.env.WEBKIT_WEBDRIVER, 'WebKitWebDriver'), `--port=${this.port}`];
      // WebKitGTK needs a display: a virtual one, sized above the largest window asked for.
      if (!process.env.DISPLAY) cmd = [which(process.env.XVFB_RUN, 'xvfb-run'), '-a', '-s', '-screen 0 1920x1200x24', ...cmd];
      // The web process writes the page's console to a buffered stdout, lost when the session ends: by the line.
      const stdbuf = which('stdbuf');
      if (existsSync(stdbuf)) cmd = [stdbuf, '-oL', '-eL', ...cmd];
      return [cmd[0], cmd.slice(1), { ENGINES_WEBKIT_DATA: this.scratch }];
    }
    if (this.engine === 'gecko') {
      const driver = which(process.env.GECKODRIVER, 'geckodriver', join(homedir(), '.cargo/bin/geckodriver'));
      // System access lets the check lift Firefox's 500 px minimum window width (its toolbar's) for the phone size.
      return [driver, ['--port', String(this.port), ...(this.noSystemAccess ? [] : ['--allow-system-access'])], {}];
    }
    if (this.engine === 'chromium') {
      return [which(process.env.CHROMEDRIVER, 'chromedriver'), [`--port=${this.port}`], {}];
    }
    throw new Error(`unknown engine ${this.engine} (webkit, gecko, chromium)`);
  }

  /** New-session capabilities for a viewport of `width` CSS px. */
  capabilities() {
    if (this.engine === 'webkit') {
      let binary = process.env.WEBKIT_BROWSER;
      if (!binary) {
        // A window with nothing but the web view: MiniBrowser's toolbar keeps its window 447 px wide or more, and
        // under automation it drops the setting that prints the page's console to stdout.
        binary = join(this.scratch, 'webkit-window.py');
        const python = which(process.env.WEBKIT_PYTHON, '/usr/bin/python3', 'python3');
        writeFileSync(binary, `#!${python}\n${WEBKIT_WINDOW}`);
        chmodSync(binary, 0o755);
      }
      return { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } };
    }
    if (this.engine === 'gecko') {
      return {
        browserName: 'firefox', webSocketUrl: true,
        'moz:firefoxOptions': {
          binary: which(process.env.FIREFOX_BIN, 'firefox-esr', 'firefox'),
          args: ['-headless'],
          // Phones draw scrollbars over the page; so does this, or the page would be 12 px narrower.
          prefs: { 'ui.useOverlayScrollbars': 1, 'browser.shell.checkDefaultBrowser': false },
        },
      };
    }
    return {
      browserName: 'chrome', webSocketUrl: true,
      'goog:chromeOptions': {
        binary: which(process.env.CHROMIUM_BIN, 'chromium', 'chromium-browser', 'google-chrome'),
        args: ['--headless=new', '--no-sandbox', '--hide-scrollbars', '--disable-gpu'],
      },
    };
  }

  /** Errors the engine printed (WebKit's console on stdout) between two times. */
  printedErrors(from, to) {
    if (this.engine !== 'webkit') return [];
    return this.lines.filter(l => l.t >= from && l.t <= to && /\bCONSOLE (?:[A-Z]+ )?ERROR\b/.test(l.text))
      .map(l => ({ t: l.t, text: shorten(l.text.replace(/^(?:data|https?):\S{120,}?(:\d+:\d+: CONSOLE)/, '…$1')) }));
  }
}

// The WebKit window: WebKitGTK's own web view in a bare GTK window, started by WebKitWebDriver for each session.
const WEBKIT_WINDOW = String.raw`
import os, sys, tempfile, gi
gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2
# A fresh profile per session, on disk: an ephemeral context prints no console messages.
data = tempfile.mkdtemp(prefix='webkit-window-', dir=os.environ.get('ENGINES_WEBKIT_DATA'))
manager = WebKit2.WebsiteDataManager(base_data_directory=data + '/data', base_cache_directory=data + '/cache')
context = WebKit2.WebContext(website_data_manager=manager)
context.set_automation_allowed(True)

def new_view(session, *rest):
    settings = WebKit2.Settings()
    settings.set_enable_write_console_messages_to_stdout(True)
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True, settings=settings)
    window = Gtk.Window()
    window.set_default_size(1024, 768)
    window.add(view)
    window.show_all()
    view.connect('close', lambda v: window.destroy())
    return view

def started(ctx, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('WebKitGTK')
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect('create-web-view', new_view)

context.connect('automation-started', started)
Gtk.main()
`;

// ---------------------------------------------------------------------------------------------------------
// A W3C WebDriver session, with BiDi events where offered

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

class Session {
  static async create(driver) {
    const s = new Session();
    s.driver = driver;
    s.errors = [];
    s.notes = [];
    const r = await rawCommand(driver.base, 'POST', '/session', { capabilities: { alwaysMatch: driver.capabilities() } });
    s.id = r.sessionId;
    s.caps = r.capabilities;
    if (typeof s.caps.webSocketUrl === 'string' && typeof WebSocket !== 'undefined') {
      try { await s.bidi(s.caps.webSocketUrl); } catch (e) { s.notes.push(`no BiDi log (${e.message}): only errors after each load are seen`); }
    }
    await s.cmd('POST', '/timeouts', { script: 30_000, pageLoad: 60_000, implicit: 0 });
    return s;
  }

  async bidi(url) {
    this.ws = new WebSocket(url);
    await new Promise((resolve, reject) => { this.ws.onopen = resolve; this.ws.onerror = () => reject(new Error(`BiDi: cannot connect to ${url}`)); });
    const pending = new Map();
    let next = 0;
    this.ws.onmessage = ev => {
      const m = JSON.parse(ev.data);
      if (m.id !== undefined && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); return; }
      if (m.method === 'log.entryAdded' && m.params.level === 'error') {
        const p = m.params;
        const where = p.stackTrace?.callFrames?.[0];
        const at = where?.url ? ` (${where.url}:${where.lineNumber + 1})` : '';
        this.errors.push({ t: Date.now(), text: shorten(`${p.type === 'javascript' ? 'JS error' : 'console.error'}: ${p.text}${at}`) });
      }
      if (m.method === 'network.responseCompleted' && m.params.response.status >= 400) {
        this.errors.push({ t: Date.now(), text: `HTTP ${m.params.response.status}: ${m.params.request.url}` });
      }
    };
    const send = (method, params) => new Promise(resolve => { const id = ++next; pending.set(id, resolve); this.ws.send(JSON.stringify({ id, method, params })); });
    const r = await send('session.subscribe', { events: ['log.entryAdded', 'network.responseCompleted'] });
    if (r.type !== 'success') await send('session.subscribe', { events: ['log.entryAdded'] });
  }

  cmd(method, path, body) { return rawCommand(this.driver.base, method, `/session/${this.id}${path}`, body); }
  async close() { try { this.ws?.close(); } catch { /* closed */ } try { await this.cmd('DELETE', ''); } catch { /* gone */ } }

  exec(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }); }
  go(url) { return this.cmd('POST', '/url', { url }); }
  refresh() { return this.cmd('POST', '/refresh', {}); }
  click(el) { return this.cmd('POST', `/element/${el[ELEMENT]}/click`, {}); }
  type(el, text) { return this.cmd('POST', `/element/${el[ELEMENT]}/value`, { text }); }

  async waitFor(script, timeout, ...args) {
    const deadline = Date.now() + timeout;
    let value;
    do {
      try { value = await this.exec(script, ...args); } catch { value = undefined; } // a page being replaced
      if (value) return value;
      await sleep(200);
    } while (Date.now() < deadline);
    return value;
  }

  async screenshot(file) {
    const png = await this.cmd('GET', '/screenshot');
    writeFileSync(file, Buffer.from(png, 'base64'));
    return file;
  }

  /** Make the page's viewport `w`x`h` CSS px (the window's edges differ between engines: measure, then adjust). */
  async viewport(w, h) {
    if (this.driver.engine === 'gecko') {
      // Firefox keeps its window at least 500 px wide for its toolbar; the phone is narrower.
      try {
        await this.cmd('POST', '/moz/context', { context: 'chrome' });
        await this.exec('document.documentElement.style.setProperty("min-width", "0px", "important")');
      } catch { /* no system access: the window stays at 500 px or more */ } finally {
        try { await this.cmd('POST', '/moz/context', { context: 'content' }); } catch { /* content already */ }
      }
    }
    await this.cmd('POST', '/window/rect', { width: w, height: h });
    let inner = [0, 0];
    for (let i = 0; i < 6; i++) {
      await sleep(100);
      inner = await this.exec('return [innerWidth, innerHeight]');
      if (inner[0] === w && inner[1] === h) break;
      if (!(inner[0] > 0 && inner[1] > 0)) continue; // the window is not shown yet
      const r = await this.cmd('GET', '/window/rect');
      const width = Math.round(r.width + w - inner[0]), height = Math.round(r.height + h - inner[1]);
      if (width > 0 && height > 0) await this.cmd('POST', '/window/rect', { width, height });
    }
    return inner;
  }
}

async function rawCommand(base, method, path, body) {
  const r = await fetch(base + path, {
    method, headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  let json;
  try { json = JSON.parse(text); } catch { throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 200)}`); }
  if (json.value && json.value.error) throw new Error(`${json.value.error}: ${String(json.value.message).split('\n')[0]}`);
  return json.value;
}

// ---------------------------------------------------------------------------------------------------------
// What is checked on each address

// Installed after every load: errors from then on, read back with the engine's own.
const COLLECT = `
  if (!window.__engineErrors) {
    var list = window.__engineErrors = [];
    var say = function (s) { list.push({ t: Date.now(), text: String(s).slice(0, 400) }); };
    addEventListener('error', function (e) {
      if (e.message) say('onerror: ' + e.message + (e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : ''));
      else if (e.target && e.target !== window) say('failed to load: ' + (e.target.src || e.target.href || e.target.tagName));
    }, true);
    addEventListener('unhandledrejection', function (e) {
      var r = e.reason; say('unhandledrejection: ' + (r && (r.message || r.name) ? (r.name + ': ' + r.message) : String(r)));
    });
    addEventListener('securitypolicyviolation', function (e) { say('CSP: ' + e.violatedDirective + ' blocked ' + e.blockedURI); });
    var original = console.error;
    console.error = function () { say('console.error: ' + Array.prototype.map.call(arguments, String).join(' ')); return original.apply(console, arguments); };
  }`;

const READ_COLLECTED = 'var l = (window.__engineErrors || []).slice(); if (window.__engineErrors) window.__engineErrors.length = 0; return l;';

function kindOf(path) {
  const q = new URL(path, 'http://x/').searchParams;
  if (q.get('view') === 'cohort') return 'cohort';
  if (q.get('roadmap')) return 'file';
  if (q.get('embed') === '1') return 'embed';
  return 'home';
}

function slug(path) {
  const s = path.replace(/^\/+/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return s || 'home';
}

/** One engine, size and address: runs the checks in a new session (a fresh profile) and returns a result. */
async function checkAddress(driver, size, path, o, shared) {
  const url = new URL(path, o.url).href;
  const kind = kindOf(path);
  const dir = join(o.out, driver.engine);
  mkdirSync(dir, { recursive: true });
  const result = { engine: driver.engine, size, path, kind, pass: true, failures: [], errors: [], screenshots: [], notes: [] };
  const started = Date.now();
  let s;
  const fail = msg => { result.pass = false; result.failures.push(msg); };
  const shot = async label => {
    try { result.screenshots.push(await s.screenshot(join(dir, `${size}-${slug(path)}-${label}.png`))); } catch (e) { result.notes.push(`screenshot ${label}: ${e.message}`); }
  };
  const collected = async () => { try { result.errors.push(...(await s.exec(READ_COLLECTED)).map(e => ({ ...e, text: `(page) ${e.text}` }))); } catch { /* page gone */ } };
  const load = async how => {
    await collected();
    await (how === 'refresh' ? s.refresh() : s.go(url));
    await s.exec(COLLECT);
    const marker = kind === 'cohort' ? '.view-root' : 'html[data-ready]';
    const ok = await s.waitFor(`return !!document.querySelector(${JSON.stringify(marker)}) ||
      document.documentElement.getAttribute('data-view') === 'failed' || !!document.querySelector('.custom-refused')`, o.readyTimeout);
    const state = await s.exec(`return { ready: !!document.querySelector(${JSON.stringify(marker)}),
      failed: document.documentElement.getAttribute('data-view') === 'failed',
      refused: (document.querySelector('.custom-refused') || {}).innerText || '' }`);
    if (state.failed) throw new Error('the views wasm did not load (html[data-view="failed"])');
    if (state.refused) throw new Error(`the page refused the roadmap: ${state.refused.replace(/\s+/g, ' ').slice(0, 200)}`);
    if (!ok || !state.ready) throw new Error(`${marker} did not appear within ${o.readyTimeout / 1000} s`);
  };
  // A check: its failure is recorded and the next one runs, unless `stop`.
  const step = async (name, fn, stop = false) => {
    try { await fn(); } catch (e) { fail(`${name}: ${e.message}`); if (stop) throw e; }
  };

  try {
    s = await Session.create(driver);
    result.browser = `${s.caps.browserName} ${s.caps.browserVersion}`;
    // Sized on a blank page, so the app starts at the size it is checked at.
    await s.go('about:blank');
    const [w, h] = SIZES[size];
    const inner = await s.viewport(w, h);
    if (inner[0] !== w || inner[1] !== h) result.notes.push(`viewport is ${inner.join('x')}, not ${w}x${h}`);
    result.viewport = inner.join('x');

    await step('start', () => load('go'), true);
    await sleep(500);
    await shot('top');
    if (size === 'phone') await step('no sideways scroll', async () => {
      const [sw, iw] = await s.exec('return [document.documentElement.scrollWidth, innerWidth]');
      if (sw > iw) throw new Error(`the page is ${sw} px wide in a ${iw} px viewport`);
    });

    if (kind === 'home' || kind === 'file' || kind === 'embed') await checkRoadmap(s, kind, { step, shot, load, result, shared, url });
    if (kind === 'home') await checkHomeExtras(s, { step, shot, shared });
    if (kind === 'cohort') await checkCohort(s, { step, shot, shared, result });
    await sleep(300);
  } catch (e) {
    if (!result.failures.length) fail(e.message);
    if (s) await shot('failed');
  } finally {
    if (s) { await collected(); result.errors.push(...s.errors); result.notes.push(...s.notes); await s.close(); }
  }
  result.errors.push(...driver.printedErrors(started, Date.now() + 200));
  // One error seen by two collectors counts once; page and engine logs are kept in time order.
  result.errors.sort((a, b) => a.t - b.t);
  const seen = new Set();
  result.errors = result.errors.filter(e => { const k = e.text.replace(/^\(page\) (onerror|console\.error): /, ''); if (seen.has(k)) return false; seen.add(k); return true; }).map(e => e.text);
  result.status = !result.pass ? 'FAIL' : result.errors.some(e => !o.allow || !o.allow.test(e)) ? 'ERRORS' : 'PASS';
  result.pass = result.status === 'PASS';
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

async function element(s, script, what) {
  const el = await s.exec(script);
  if (!el || !el[ELEMENT]) throw new Error(`no ${what}`);
  return el;
}

// The page scrolls smoothly (CSS scroll-behavior): a WebDriver click's own scrolling then leaves the element out of
// view in WebKit ("element not interactable"), and a screenshot right after a smooth scroll catches it mid-way.
// So the check scrolls instantly and waits for the page to stand still.
const SCROLL = `var el = arguments[0], block = arguments[1];
  try { el === document.documentElement ? scrollTo({ top: 0, behavior: 'instant' }) : el.scrollIntoView({ block: block, behavior: 'instant' }); }
  catch (e) { var s = document.documentElement.style.scrollBehavior; document.documentElement.style.scrollBehavior = 'auto';
    el === document.documentElement ? scrollTo(0, 0) : el.scrollIntoView({ block: block }); document.documentElement.style.scrollBehavior = s; }`;

async function scrollTo(s, target, block = 'start') {
  const el = typeof target === 'string' ? await s.exec(`return ${target}`) : target;
  if (!el) throw new Error(`nothing to scroll to: ${target}`);
  await s.exec(SCROLL, el, block);
  let last = -1;
  for (let i = 0; i < 20; i++) {
    await sleep(150);
    const y = await s.exec('return scrollY');
    if (y === last) break;
    last = y;
  }
}

async function clickOn(s, el) {
  await scrollTo(s, el, 'center');
  try {
    try {
      await s.click(el);
    } catch (e) {
      // WebKitWebDriver now and then finds an element in the middle of the window "not interactable"; once more.
      if (!/not interactable/.test(e.message)) throw e;
      const what = await s.exec('return arguments[0].outerHTML.slice(0, 60)', el).catch(() => 'an element');
      s.notes.push(`clicked twice: ${e.message.replace(/:\s*$/, '')} the first time: ${what}`);
      await sleep(500);
      await scrollTo(s, el, 'center');
      await s.click(el);
    }
  } catch (e) {
    const where = await s.exec(`var r = arguments[0].getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2,
      hit = document.elementFromPoint(x, y); return 'centre ' + Math.round(x) + ',' + Math.round(y) + ' in ' + innerWidth + 'x' + innerHeight +
      ', scrollY ' + Math.round(scrollY) + ', there: ' + (hit ? hit.outerHTML.slice(0, 80) : 'nothing')`, el).catch(() => '');
    throw new Error(`${e.message.replace(/:\s*$/, '')} (${where})`);
  }
}

/** The progress figure, "N/M completed". */
async function figure(s) {
  return s.exec('var f = document.querySelector(".progress-figure"); return f ? f.textContent.trim() : null');
}

async function checkRoadmap(s, kind, { step, shot, load, result, shared }) {
  const key = kind === 'file' ? `backend-roadmap:progress@${new URL(result.path, 'http://x/').searchParams.get('roadmap')}` : 'backend-roadmap:progress';
  await step('topics', async () => {
    const n = await s.exec('return document.querySelectorAll("button.topic-toggle").length');
    if (!n) throw new Error('no button.topic-toggle on the page');
    result.notes.push(`${n} topics`);
    const title = await s.exec('var h = document.querySelector("h1"); return h ? h.innerText.trim() : ""');
    if (kind !== 'embed' && !title) throw new Error('no h1 title');
  });
  await step('tick a topic', async () => {
    const before = await figure(s);
    if (!/^0\s*\/\s*\d+/.test(before || '')) throw new Error(`progress figure before ticking is ${JSON.stringify(before)}, not "0/N"`);
    const toggle = await element(s, 'return document.querySelector("button.topic-toggle")', 'topic toggle');
    await clickOn(s, toggle);
    const pressed = await s.waitFor('return document.querySelector("button.topic-toggle").getAttribute("aria-pressed") === "true"', 3000);
    if (!pressed) throw new Error('the first topic toggle is not aria-pressed="true" after a click');
    const after = await s.waitFor('var f = document.querySelector(".progress-figure"); return f && /^1\\s*\\/\\s*\\d+/.test(f.textContent.trim()) && f.textContent.trim()', 5000);
    if (!after) throw new Error(`progress figure after ticking is ${JSON.stringify(await figure(s))}, not "1/N"`);
    result.notes.push(`ticked: ${after}`);
    await sleep(400);
    await scrollTo(s, 'document.querySelector("#roadmap, .roadmap, .view-root")').catch(() => {});
    await shot('ticked');
    const saved = await s.waitFor(`return localStorage.getItem(${JSON.stringify(key)})`, 3000);
    if (!saved) throw new Error(`nothing saved under localStorage "${key}"`);
  });
  if (kind === 'embed') return;
  await step('kept after reload', async () => {
    await load('refresh');
    const pressed = await s.waitFor('var t = document.querySelector("button.topic-toggle"); return t && t.getAttribute("aria-pressed") === "true"', 3000);
    const f = await figure(s);
    if (!pressed || !/^1\s*\//.test(f || '')) throw new Error(`after reload the first topic is ${pressed ? '' : 'not '}ticked and the figure says ${JSON.stringify(f)}`);
  });
  await step('details dialog', async () => {
    const button = await element(s, 'return document.querySelector("button.topic-more")', 'Details button (button.topic-more)');
    const name = (await s.exec('return arguments[0].getAttribute("aria-label") || ""', button)).replace(/^Details:\s*/, '');
    await clickOn(s, button);
    const open = await s.waitFor('var d = document.querySelector("dialog[open]"); return d && d.innerText.trim().length > 40 && d.innerText', 5000);
    if (!open) throw new Error('no open <dialog> with text after clicking Details');
    if (name && !open.includes(name)) throw new Error(`the dialog does not name the topic "${name}"`);
    const info = await s.exec('var i = document.querySelector("dialog[open] .topic-info"); return i ? i.innerText.trim() : null');
    if (info !== null && info.length < 20) throw new Error(`the topic's details are empty (${JSON.stringify(info)})`);
    await sleep(300);
    await shot('details');
    const close = await element(s, 'return document.querySelector("dialog[open] button[aria-label=Close]")', 'Close button in the dialog');
    await s.click(close);
    const closed = await s.waitFor('return !document.querySelector("dialog[open]")', 3000);
    if (!closed) throw new Error('the dialog stays open after Close');
  });
  if (kind === 'home') await step('share link', async () => {
    const button = await element(s, 'return Array.from(document.querySelectorAll("button")).find(b => b.textContent.trim() === "Share link")', '"Share link" button');
    await clickOn(s, button);
    const link = await s.waitFor('var f = document.getElementById("share-url"); return f && /progress=/.test(f.value) && f.value', 5000);
    if (!link) throw new Error('no progress link in #share-url after "Share link"');
    shared.link = link;
  });
}

async function checkHomeExtras(s, { step, shot }) {
  await step('salary charts', async () => {
    await scrollTo(s, 'document.getElementById("salaries")');
    const charts = await s.waitFor(`return Array.from(document.querySelectorAll("#salaries svg.chart-svg"))
      .filter(e => { var r = e.getBoundingClientRect(); return r.width > 100 && r.height > 100; }).length`, 8000);
    if (!charts) throw new Error('no salary chart (svg.chart-svg) is drawn with a size in #salaries');
    const text = await s.exec(`return Array.from(document.querySelectorAll("#salaries svg.chart-svg"))
      .filter(e => e.getBoundingClientRect().width > 0).map(e => e.textContent).join(" ")`);
    if (!/\$77K/.test(text)) throw new Error('the US chart does not show the typical $77K');
    await scrollTo(s, 'document.getElementById("salaries")');
    await shot('salaries');
    const ppp = await element(s, 'return document.getElementById("basis-ppp")', 'PPP choice (#basis-ppp)');
    await clickOn(s, ppp);
    const switched = await s.waitFor(`var m = document.querySelector(".compare .basis-market"), p = document.querySelector(".compare .basis-ppp");
      return m && p && getComputedStyle(m).display === "none" && getComputedStyle(p).display !== "none" &&
        Array.from(p.querySelectorAll("svg.chart-svg")).some(e => e.getBoundingClientRect().width > 100)`, 5000);
    if (!switched) throw new Error('choosing PPP does not show the PPP chart in place of the market-rate one');
    await scrollTo(s, 'document.querySelector(".compare")');
    await shot('salaries-ppp');
  });
  await step('dark mode', async () => {
    const dark = await element(s, 'return Array.from(document.querySelectorAll("[data-part=theme] button")).find(b => b.textContent.trim() === "Dark")', 'Dark theme button');
    await clickOn(s, dark);
    const ok = await s.waitFor(`return document.documentElement.getAttribute("data-theme") === "dark"`, 3000);
    if (!ok) throw new Error('html[data-theme] is not "dark" after clicking Dark');
    const luminance = await s.waitFor(`var c = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number);
      var y = (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255; return y < 0.25 ? String(y) : false`, 3000);
    if (!luminance) throw new Error(`the page background stays light in dark mode (${await s.exec('return getComputedStyle(document.body).backgroundColor')})`);
    await scrollTo(s, 'document.documentElement');
    await shot('dark');
    await scrollTo(s, 'document.getElementById("roadmap")');
    await shot('dark-roadmap');
  });
}

async function checkCohort(s, { step, shot, shared, result }) {
  await step('cohort view', async () => {
    const box = await element(s, 'return document.getElementById("cohort-links") || document.querySelector("textarea")', 'place to paste links (textarea)');
    if (!shared.link) { result.notes.push('no progress link from the home page to paste'); return; }
    await clickOn(s, box);
    await s.type(box, shared.link);
    const show = await element(s, 'return Array.from(document.querySelectorAll("button")).find(b => /^show the class$/i.test(b.textContent.trim()))', '"Show the class" button');
    await clickOn(s, show);
    const rows = await s.waitFor('var t = document.querySelector(".view-root table"); return t && t.querySelectorAll("tbody tr").length', 5000);
    if (!rows) throw new Error('no table of learners after pasting a progress link and "Show the class"');
    result.notes.push(`${rows} learner row(s)`);
    await sleep(300);
    await shot('class');
  });
}

// ---------------------------------------------------------------------------------------------------------

/** With ImageMagick's montage on PATH: each screenshot of every engine side by side, under OUT/compare/. */
function sideBySide(o, results) {
  const montage = which(process.env.MONTAGE, 'montage');
  const engines = [...new Set(results.filter(r => r.screenshots?.length).map(r => r.engine))];
  if (!existsSync(montage) || engines.length < 2) return;
  const names = [...new Set(results.flatMap(r => (r.screenshots || []).map(f => basename(f))))];
  mkdirSync(join(o.out, 'compare'), { recursive: true });
  for (const name of names) {
    const args = engines.filter(e => existsSync(join(o.out, e, name))).flatMap(e => ['-label', e, join(o.out, e, name)]);
    spawnSync(montage, [...args, '-tile', 'x1', '-geometry', '+6+6', '-pointsize', '16', join(o.out, 'compare', name)]);
  }
  console.log(`side by side: ${join(o.out, 'compare')}`);
}

function shorten(s) { s = String(s).replace(/\s+/g, ' ').trim(); return s.length > 300 ? `${s.slice(0, 297)}...` : s; }
function sleep(ms) { return new Promise(r => setTimeout(r, ms)); }
function pad(s, n) { s = String(s); return s.length >= n ? s : s + ' '.repeat(n - s.length); }

async function main() {
  const o = options();
  mkdirSync(o.out, { recursive: true });
  const results = [];
  let broken = false;
  const drivers = [];
  const stopAll = async () => { for (const d of drivers) await d.stop(); };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stopAll().then(() => process.exit(130)));
  const width = Math.max(...o.paths.map(p => p.length)) + 1;
  console.log(`checking ${o.url} in ${o.engines.join(', ')}; screenshots under ${o.out}`);
  for (const engine of o.engines) {
    const driver = new Driver(engine);
    driver.logFile = join(o.out, `${engine}-driver.log`);
    drivers.push(driver);
    const t = Date.now();
    try {
      try { await driver.start(); } catch (e) {
        if (engine !== 'gecko' || !/allow-system-access/.test(e.message + driver.tail(20))) throw e;
        driver.noSystemAccess = true; // an older geckodriver: the phone window stays 500 px wide
        await driver.start();
      }
    } catch (e) {
      broken = true;
      console.log(`${pad(engine, 8)} ${pad('-', 8)} ${pad('-', width)} FAIL  driver did not start: ${shorten(e.message)}`);
      results.push({ engine, pass: false, status: 'FAIL', failures: [`driver did not start: ${e.message}`], errors: [] });
      await driver.stop();
      continue;
    }
    const shared = {};
    for (const size of o.sizes) {
      for (const path of o.paths) {
        const r = await checkAddress(driver, size, path, o, shared);
        results.push(r);
        const first = r.failures[0] ? ` ${shorten(r.failures[0])}` : '';
        const err = r.errors[0] ? ` | first error: ${r.errors[0]}${r.errors.length > 1 ? ` (+${r.errors.length - 1} more)` : ''}` : '';
        console.log(`${pad(engine, 8)} ${pad(size, 8)} ${pad(path, width)} ${pad(r.status, 6)} ${pad(r.seconds.toFixed(1) + 's', 6)}${first}${err}`);
      }
    }
    console.log(`${pad(engine, 8)} ${results.find(r => r.engine === engine && r.browser)?.browser ?? ''} via ${driver.name}, ${((Date.now() - t) / 1000).toFixed(0)} s`);
    await driver.stop();
  }
  writeFileSync(join(o.out, 'report.json'), JSON.stringify({ url: o.url, when: new Date().toISOString(), results }, null, 2));
  sideBySide(o, results);
  const failed = results.filter(r => !r.pass).length;
  const withErrors = results.filter(r => r.status === 'ERRORS').length;
  console.log(`${results.length - failed} passed, ${failed} failed${withErrors ? ` (${withErrors} of them only for errors logged)` : ''}`);
  process.exit(broken ? 2 : failed ? 1 : 0);
}

// Node 20 has WebSocket (for BiDi) only behind a flag; Node 22 has it always.
if (typeof WebSocket === 'undefined' && !process.execArgv.includes('--experimental-websocket')) {
  const child = spawn(process.execPath, ['--experimental-websocket', '--no-warnings', ...process.execArgv,
    ...process.argv.slice(1)], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : code));
} else {
  await main();
}
