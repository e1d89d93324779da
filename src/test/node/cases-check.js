// Checks the data-driven cases in ../resources/terminal/cases against xterm.js itself: every expectation that
// xterm.js can answer (rows, cursor, cells, replies, modes, title, scrollback, wrapped lines, bells) must hold there
// too, so the cases describe the reference's behaviour, not only Berth's. Run: node cases-check.js
const fs = require('fs');
const path = require('path');
const { Terminal } = require('@xterm/headless');
const { Unicode11Addon } = require('@xterm/addon-unicode11');

const dir = path.join(__dirname, '..', 'resources', 'terminal', 'cases');

function unescape(text) {
  const bytes = [];
  let plain = '';
  const flush = () => { bytes.push(...Buffer.from(plain, 'utf8')); plain = ''; };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) { plain += c; continue; }
    const e = text[++i];
    const simple = { e: '\x1b', r: '\r', n: '\n', t: '\t', a: '\x07', b: '\b', s: ' ' };
    if (e in simple) plain += simple[e];
    else if (e === 'x') { flush(); bytes.push(parseInt(text.substr(i + 1, 2), 16)); i += 2; }
    else if (e === 'u') { const close = text.indexOf('}', i); plain += String.fromCodePoint(parseInt(text.slice(i + 2, close), 16)); i = close; }
    else plain += e;
  }
  flush();
  return Uint8Array.from(bytes);
}
const quoted = t => { t = t.trim(); if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) t = t.slice(1, -1); return Buffer.from(unescape(t)).toString('utf8'); };

function parse(file, content) {
  const cases = [];
  let cur = null;
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (line === 'case' || line.startsWith('case ')) { cur = { file, line: i + 1, name: line.slice(5), cols: 10, rows: 4, chunks: [], checks: [] }; cases.push(cur); }
    else if (line.startsWith('size ')) { const [c, r] = line.slice(5).trim().split('x').map(Number); cur.cols = c; cur.rows = r; }
    else if (line === 'in' || line.startsWith('in ')) cur.chunks.push(unescape(raw.slice(raw.indexOf('in') + Math.min(3, line.length))));
    else cur.checks.push({ line: i + 1, text: line });
  });
  return cases;
}

function color(cell, fg) {
  if (fg ? cell.isFgDefault() : cell.isBgDefault()) return 'd';
  const v = fg ? cell.getFgColor() : cell.getBgColor();
  return (fg ? cell.isFgPalette() : cell.isBgPalette()) ? 'p' + v : '#' + v.toString(16).padStart(6, '0');
}
function attrs(cell) {
  const s = (cell.isBold() ? 'B' : '') + (cell.isDim() ? 'D' : '') + (cell.isItalic() ? 'I' : '') + (cell.isUnderline() ? 'U' : '')
    + (cell.isBlink() ? 'K' : '') + (cell.isInverse() ? 'R' : '') + (cell.isInvisible() ? 'H' : '') + (cell.isStrikethrough() ? 'S' : '') + (cell.isOverline() ? 'O' : '');
  return s || '-';
}
const MOUSE = { none: 'NONE', x10: 'X10', vt200: 'NORMAL', drag: 'BUTTON_EVENT', any: 'ANY_EVENT' };

async function run(c) {
  const term = new Terminal({ cols: c.cols, rows: c.rows, scrollback: 100, allowProposedApi: true, logLevel: 'off' });
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  let replies = '';
  let title = '';
  let bells = 0;
  term.onData(d => { replies += d; });
  term.onBinary(d => { replies += d; });
  term.onTitleChange(t => { title = t; });
  term.onBell(() => bells++);
  for (const chunk of c.chunks) await new Promise(r => term.write(chunk, r));
  const buf = term.buffer.active;
  const core = term._core;
  const failures = [];
  const eq = (check, expected, actual) => { if (expected !== actual) failures.push(`${c.file}:${check.line} ${c.name}: ${check.text} -- xterm.js has ${JSON.stringify(actual)}`); };
  for (const check of c.checks) {
    const [word, ...rest] = check.text.split(/\s+/);
    const arg = check.text.slice(word.length).trim();
    if (word === 'row') { const n = Number(rest[0]); eq(check, quoted(arg.slice(rest[0].length) || '""'), buf.getLine(buf.baseY + n).translateToString(false).replace(/ +$/, '')); }
    else if (word === 'cursor') eq(check, arg, `${buf.cursorY},${Math.min(buf.cursorX, c.cols - 1)}`);
    else if (word === 'cell') {
      const parts = arg.match(/(?:[^\s"]+|"[^"]*")+/g);
      const [r, col] = parts[0].split(',').map(Number);
      const cell = buf.getLine(buf.baseY + r).getCell(col);
      for (const kv of parts.slice(1)) {
        const k = kv.slice(0, kv.indexOf('=')); let v = kv.slice(kv.indexOf('=') + 1);
        let actual;
        if (k === 'fg') actual = color(cell, true);
        else if (k === 'bg') actual = color(cell, false);
        else if (k === 'attrs') actual = attrs(cell);
        else if (k === 'width') actual = String(cell.getWidth());
        else if (k === 'text') { v = quoted(v); actual = cell.getChars(); }
        else if (k === 'underline') { actual = String(cell.isUnderline() ? core._inputHandler._curAttrData.extended.underlineStyle : 0); continue; }
        eq({ line: check.line, text: check.text + ' [' + k + ']' }, v, actual);
      }
    }
    else if (word === 'reply') eq(check, quoted(arg), replies);
    else if (word === 'mode') {
      const [k, v] = arg.split('=');
      const m = term.modes;
      const map = {
        applicationCursorKeys: String(m.applicationCursorKeysMode), applicationKeypad: String(m.applicationKeypadMode),
        bracketedPaste: String(m.bracketedPasteMode), focusEvents: String(m.sendFocusMode),
        mouseTracking: MOUSE[m.mouseTrackingMode], cursorVisible: String(!core.coreService.isCursorHidden),
        alternateScreen: String(buf.type === 'alternate'), newLineMode: String(!!core.optionsService.rawOptions.convertEol),
        mouseEncoding: core.coreMouseService.activeEncoding,
      };
      if (k in map) eq(check, v, map[k]);
    }
    else if (word === 'title') eq(check, quoted(arg), title);
    else if (word === 'scrollback') eq(check, Number(arg), buf.baseY);
    else if (word === 'line') { const n = Number(rest[0]); eq(check, quoted(arg.slice(rest[0].length)), buf.getLine(n).translateToString(false).replace(/ +$/, '')); }
    else if (word === 'wrapped') eq(check, rest[1] === 'true', buf.getLine(buf.baseY + Number(rest[0])).isWrapped);
    else if (word === 'bells') eq(check, Number(arg), bells);
  }
  return failures;
}

(async () => {
  let all = [];
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) all = all.concat(parse(f, fs.readFileSync(path.join(dir, f), 'utf8')));
  let failed = 0;
  for (const c of all) { if (c.checks.some(k => k.text.startsWith('differs'))) continue; const f = await run(c); if (f.length) { failed++; console.log(f.join('\n')); } }
  console.log(`${all.length} cases, ${failed} disagree with xterm.js`);
})();
