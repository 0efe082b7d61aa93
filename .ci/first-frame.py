#!/usr/bin/env python3
# Usage: python3 .ci/first-frame.py BIN [FILE [MARK [RUNS]]] — median time from
# exec to the first dashboard frame showing MARK (default 建设路街道, a demo
# street; for the city file of data/gen, 林山寨112社区, its first), in a real
# pty at 120x35. Without FILE the dashboard opens the demo.
import os, pty, time, select, sys
# Time from exec to the first frame containing a street name, in a real pty.
args=[sys.argv[1]]+sys.argv[2:3]
mark=(sys.argv[3] if len(sys.argv)>3 else '建设路街道').encode()
runs=int(sys.argv[4]) if len(sys.argv)>4 else 10
res=[]
for _ in range(runs):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ['TERM']='xterm-256color'
        os.execv(args[0], args)
    t0=time.perf_counter(); buf=b''
    import fcntl, termios, struct
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 35, 120, 0, 0))
    while True:
        r,_,_=select.select([fd],[],[],20)
        if not r: break
        try: buf+=os.read(fd,65536)
        except OSError: break
        if mark in buf:
            res.append((time.perf_counter()-t0)*1000); break
        # answer terminal queries? not needed
    os.write(fd,b'q'); time.sleep(0.2)
    try: os.kill(pid,9)
    except: pass
    os.waitpid(pid,0)
res.sort(); print("first frame ms: median %.1f min %.1f max %.1f n=%d" % (res[len(res)//2], res[0], res[-1], len(res)))
