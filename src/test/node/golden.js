// Replays each recording in ../resources/terminal/recordings into @xterm/headless (xterm.js 5.5 with its Unicode 11
// widths) and writes NAME.golden: the screen at each checkpoint in NAME.marks (text rows, cursor, cell colours and
// attributes). The Java test TerminalRecordingsTest requires Berth's emulator to produce the same.
// Run: npm install && node golden.js [NAME...]     (prints each golden for review)
const fs = require('fs');
const path = require('path');
const { Terminal } = require('@xterm/headless');
const { Unicode11Addon } = require('@xterm/addon-unicode11');

const dir = path.join(__dirname, '..', 'resources', 'terminal', 'recordings');
const COLS = 80;
const ROWS = 24;

function color(cell, fg) {
  if (fg ? cell.isFgDefault() : cell.isBgDefault()) return 'd';
  const value = fg ? cell.getFgColor() : cell.getBgColor();
  if (fg ? cell.isFgPalette() : cell.isBgPalette()) return 'p' + value;
  return '#' + value.toString(16).padStart(6, '0');
}

function flags(cell) {
  return (cell.isBold() ? 'B' : '') + (cell.isDim() ? 'D' : '') + (cell.isItalic() ? 'I' : '')
    + (cell.isUnderline() ? 'U' : '') + (cell.isBlink() ? 'K' : '') + (cell.isInverse() ? 'R' : '')
    + (cell.isInvisible() ? 'H' : '') + (cell.isStrikethrough() ? 'S' : '') + (cell.isOverline() ? 'O' : '');
}

function dump(term, mark, offset) {
  const buf = term.buffer.active;
  const out = [];
  const hidden = term._core.coreService.isCursorHidden ? 1 : 0;
  out.push(`== ${mark} at ${offset} cursor ${buf.cursorY},${Math.min(buf.cursorX, COLS - 1)} hidden ${hidden}`
    + ` alt ${buf.type === 'alternate' ? 1 : 0}`);
  const attrs = [];
  for (let y = 0; y < ROWS; y++) {
    const line = buf.getLine(buf.viewportY + y);
    out.push(String(y).padStart(2, '0') + '|' + line.translateToString(false).replace(/ +$/, ''));
    let runStart = 0;
    let runKey = null;
    for (let x = 0; x <= COLS; x++) {
      let key = null;
      if (x < COLS) {
        const cell = line.getCell(x);
        key = `${color(cell, true)} ${color(cell, false)} ${flags(cell)}`.trim();
      }
      if (key !== runKey) {
        if (runKey !== null && runKey !== 'd d') attrs.push(`a ${String(y).padStart(2, '0')} ${runStart}-${x - 1} ${runKey}`);
        runStart = x;
        runKey = key;
      }
    }
  }
  return out.concat(attrs).join('\n') + '\n';
}

async function golden(name) {
  const data = fs.readFileSync(path.join(dir, name + '.bin'));
  const marks = fs.readFileSync(path.join(dir, name + '.marks'), 'utf8').trim().split(/\s+/).map(Number);
  const term = new Terminal({ cols: COLS, rows: ROWS, scrollback: 10000, allowProposedApi: true });
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  let result = '';
  let from = 0;
  for (let i = 0; i < marks.length; i++) {
    await new Promise(resolve => term.write(data.subarray(from, marks[i]), resolve));
    from = marks[i];
    result += dump(term, i + 1, marks[i]);
  }
  fs.writeFileSync(path.join(dir, name + '.golden'), result);
  return result;
}

(async () => {
  const names = process.argv.length > 2 ? process.argv.slice(2)
    : fs.readdirSync(dir).filter(f => f.endsWith('.bin')).map(f => f.slice(0, -4)).sort();
  for (const name of names) {
    const text = await golden(name);
    if (process.env.QUIET !== '1') process.stdout.write(`##### ${name}\n${text}`);
  }
})();
