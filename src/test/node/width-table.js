// Prints the code point ranges of width 0 and width 2 that xterm.js's Unicode 11 provider (@xterm/addon-unicode11)
// gives, as the Java arrays of dev.berth.terminal.CharWidth. Run: node width-table.js (after npm install).
const { Terminal } = require('@xterm/headless');
const { Unicode11Addon } = require('@xterm/addon-unicode11');

const term = new Terminal({ allowProposedApi: true });
term.loadAddon(new Unicode11Addon());
term.unicode.activeVersion = '11';
const provider = term._core.unicodeService._activeProvider;

function ranges(width) {
  const out = [];
  let start = -1;
  for (let cp = 0xa0; cp <= 0x10ffff + 1; cp++) {
    const match = cp <= 0x10ffff && provider.wcwidth(cp) === width;
    if (match && start < 0) start = cp;
    if (!match && start >= 0) { out.push([start, cp - 1]); start = -1; }
  }
  return out;
}

function javaArray(name, list) {
  const items = list.map(([a, b]) => `0x${a.toString(16)}, 0x${b.toString(16)}`);
  const lines = [];
  for (let i = 0; i < items.length; i += 6) lines.push('            ' + items.slice(i, i + 6).join(', ') + ',');
  return `    private static final int[] ${name} = {\n${lines.join('\n')}\n    };\n`;
}

process.stdout.write(javaArray('ZERO', ranges(0)) + '\n' + javaArray('WIDE', ranges(2)));
