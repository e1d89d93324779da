#!/usr/bin/env python3
"""Records a program's output through a pty at a fixed size, with checkpoints, for the terminal's golden tests.

Usage: record.py NAME COLS ROWS OUT_DIR -- COMMAND...   (keystrokes come from the script table below, by NAME)

Writes OUT_DIR/NAME.bin (every byte the program wrote) and OUT_DIR/NAME.marks (the byte offsets after which the
screen is compared: one after each keystroke group, once the output has settled). Queries the program sends
(DA1, CPR) are answered the way a terminal would, so that busybox vi and less learn the size.
"""
import fcntl, os, pty, select, struct, sys, termios, time

ESC = b'\x1b'
SCRIPTS = {
    # (delay before, bytes to type); a checkpoint is taken after each step
    'busybox-vi': [(0.8, b''), (0.3, b'ihello world'), (0.3, ESC), (0.3, b'\x06'), (0.3, b'\x06'), (0.3, b'\x02'),
                   (0.3, b'G'), (0.3, b'onew last line' + ESC), (0.3, b'gg'), (0.3, b'dd'), (0.3, b':wq\r')],
    'busybox-top': [(1.2, b''), (1.2, b''), (1.2, b''), (0.3, b'q')],
    'busybox-less': [(0.8, b''), (0.3, b' '), (0.3, b' '), (0.3, b'b'), (0.3, b'/line 1[0-9]7\r'), (0.3, b'n'),
                     (0.3, b'G'), (0.3, b'g'), (0.3, b'q')],
    'vim': [(1.0, b''), (0.4, b'i# edited by hand\r'), (0.3, ESC), (0.3, b'\x06'), (0.3, b'\x02'), (0.3, b'/done\r'),
            (0.3, b'G'), (0.3, b'ofor i in 1 2 3; do echo "$i"; done' + ESC), (0.3, b':set number\r'),
            (0.4, b':wq\r')],
    'htop': [(1.5, b''), (1.2, b''), (0.4, ESC + b'[B' + ESC + b'[B'), (0.4, b't'), (0.4, b't'), (0.5, b'q')],
    'nano': [(1.0, b''), (0.3, b'first words '), (0.3, b'\x1b[B\x1b[B'), (0.3, b'more text'), (0.3, b'\x16'),
             (0.3, b'\x0f'), (0.4, b'\r'), (0.4, b'\x18')],
    'vim-wide': [(1.0, b''), (0.3, b'j$'), (0.3, b'x'), (0.3, b'i\xe4\xb8\xad\xe6\x96\x87' + ESC), (0.3, b'jjw'),
                 (0.3, b'r\xe5\xad\x97'), (0.3, b'G'), (0.3, b'o\xf0\x9f\x98\x80 e\xcc\x81' + ESC), (0.4, b':wq\r')],
    'busybox-vi-wide': [(0.8, b''), (0.3, b'j'), (0.3, b'x'), (0.3, b'A \xe6\x96\x87\xe5\xad\x97' + ESC), (0.3, b'G'),
                        (0.4, b':wq\r')],
    'shell': [(1.0, b'')],
    'less-mouse': [(0.8, b''), (0.3, b' '), (0.3, ESC + b'[<65;10;10M' + ESC + b'[<65;10;10M'),
                   (0.3, ESC + b'[<64;10;10M'), (0.3, b'/line 15\r'), (0.3, b'n'), (0.3, b'G'), (0.3, b'q')],
}


def main():
    name, cols, rows, out_dir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    command = sys.argv[sys.argv.index('--') + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
    output = bytearray()
    marks = []

    def pump(seconds):
        end = time.time() + seconds
        while True:
            left = end - time.time()
            if left <= 0:
                return True
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            try:
                data = os.read(fd, 65536)
            except OSError:
                return False
            if not data:
                return False
            output.extend(data)
            if b'\x1b[6n' in data:
                os.write(fd, b'\x1b[%d;%dR' % (rows, cols))
            if b'\x1b[c' in data or b'\x1b[0c' in data:
                os.write(fd, b'\x1b[?1;2c')

    alive = True
    for delay, keys in SCRIPTS[name]:
        if alive:
            alive = pump(delay)
        if keys and alive:
            os.write(fd, keys)
        if alive:
            alive = pump(0.3)
        marks.append(len(output))
    if alive:
        pump(0.5)
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    if not marks or marks[-1] != len(output):
        marks.append(len(output))
    with open(os.path.join(out_dir, name + '.bin'), 'wb') as f:
        f.write(output)
    with open(os.path.join(out_dir, name + '.marks'), 'w') as f:
        f.write(' '.join(str(m) for m in marks) + '\n')
    print(name, len(output), 'bytes,', len(marks), 'marks')


main()
