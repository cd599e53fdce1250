"""Run one document per worker process, under a wall-time and a memory limit.

A malformed or malicious PDF can make pdfminer loop for minutes, eat gigabytes or crash a
C library. So each document is read in its own forked worker process:

- wall time: the parent kills the worker (and anything it started, e.g. tesseract) when it
  runs past `Limits.timeout` seconds -> failure "timed out after N s";
- memory: a document may use `Limits.memory_mb` MiB on top of what the worker starts with
  (the parent's size at fork, ~0.5 GiB with spaCy and the PDF libraries loaded): the
  worker's address space is capped there with setrlimit(RLIMIT_AS), and an allocation
  beyond it raises MemoryError in the worker -> failure "memory limit N MiB exceeded".
  (A budget on top of the start size, not a total, so a run started from a big process,
  e.g. a test session or a notebook, gets the same budget per document);
- crashes: a worker that dies (segfault, abort, killed by the OOM killer) -> failure
  "worker crashed (signal N: SIGSEGV)"; the other documents go on in fresh workers. pdfium
  aborts (SIGABRT) when an allocation fails, so under a memory limit that reason says so.

Up to `workers` documents run at once (default: the cores this process may use). Results are
returned in the order of the paths given (the runner passes them sorted), never in order of
completion, so the outputs are the same whatever the parallelism.

`Forked` runs one function in a forked child on another core (the outputs stage uses it).

Workers are forked from the parent after the spaCy pipeline and the PDF libraries are loaded,
so starting one costs milliseconds and the parent's Recognizer is shared copy-on-write. A
worker dies with its parent (PR_SET_PDEATHSIG), so a killed run leaves no workers behind.

`map_documents_dask` runs a task per document on a Dask distributed cluster instead (the
runner's task there is the same isolated process_document, run on the Dask worker).

`preflight` refuses compression bombs before any parser sees them: a content stream that
inflates past MAX_INFLATED_MIB is not one a report needs.
"""
from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import re
import resource
import signal
import time
import zlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

DEFAULT_TIMEOUT = 300.0      # seconds of wall time per document (a 1,000-page report at 0.2 s/page)
DEFAULT_MEMORY_MB = 2048     # MiB of address space a document may use (RLIMIT_AS, above the start)
_RESERVE = 8 << 20           # memory a worker frees to report a MemoryError


@dataclass(frozen=True)
class Limits:
    timeout: Optional[float] = DEFAULT_TIMEOUT   # None or 0: no time limit
    memory_mb: Optional[int] = DEFAULT_MEMORY_MB  # None or 0: no memory limit


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def own_size_mb() -> int:
    """This process's address space in MiB: what every forked worker starts with."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


# ---------------------------------------------------------------------------
# Compression bombs

# --- begin: per-document results (hashed into PIPELINE_VERSION, see pipeline/cache.py) ---

MAX_INFLATED_MIB = 256       # a non-image stream inflating past this is refused as a bomb

_STREAM_RE = re.compile(rb"(?<!end)stream\r?\n")
_IMAGE_RE = re.compile(rb"/Subtype\s*/Image")
_OBJ_RE = re.compile(rb"\bobj\b")


def _is_zlib_header(b: bytes) -> bool:
    return len(b) >= 2 and b[0] & 0x0F == 8 and (b[0] << 8 | b[1]) % 31 == 0


def inflated_size(data, start: int, cap: int) -> int:
    """Bytes the zlib stream at data[start:] inflates to, counting a zlib stream nested inside
    it (a /FlateDecode /FlateDecode chain) by its inner size. Stops early once past `cap`;
    0 if there is no zlib stream there. Never holds more than a few MiB."""
    if not _is_zlib_header(bytes(data[start:start + 2])):
        return 0
    outer = zlib.decompressobj()
    inner = None
    size = inner_size = 0
    pos, step, chunk = start, 1 << 16, 1 << 20
    while pos < len(data) and not outer.eof:
        buf = bytes(data[pos:pos + step])
        pos += step
        while buf:
            try:
                out = outer.decompress(buf, chunk)
            except zlib.error:
                return max(size, inner_size)
            buf = outer.unconsumed_tail
            size += len(out)
            if inner is None and size == len(out) and _is_zlib_header(out[:2]):
                inner = zlib.decompressobj()
            if inner is not None and not inner.eof:
                pending = out
                while pending:
                    try:
                        got = inner.decompress(pending, chunk)
                    except zlib.error:
                        inner = None
                        break
                    inner_size += len(got)
                    pending = inner.unconsumed_tail
                    if inner_size > cap:
                        return inner_size
            if size > cap:
                return size
            if outer.eof:
                break
    return max(size, inner_size)


def preflight(path: Path, max_inflated_mib: int = MAX_INFLATED_MIB) -> Optional[str]:
    """A one-line reason to refuse the file before parsing it, or None.

    Looks at every stream that is not an image (content, font, object and xref streams,
    which pdfminer inflates whole into memory) and refuses the file if one inflates past
    `max_inflated_mib`. Images are skipped: the text layer never decodes them."""
    import mmap
    cap = max_inflated_mib << 20
    try:
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_size == 0:
                return None
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
                for m in _STREAM_RE.finditer(data):
                    # The stream's dictionary: back to the "obj" keyword that opens it.
                    lo = max(0, m.start() - 4096)
                    head = data[lo:m.start()]
                    objs = list(_OBJ_RE.finditer(head))
                    if objs:
                        head = head[objs[-1].end():]
                    if _IMAGE_RE.search(head):
                        continue
                    if inflated_size(data, m.end(), cap) > cap:
                        return (f"refused: a stream inflates to more than {max_inflated_mib} MiB "
                                f"(compression bomb?)")
    except (OSError, ValueError):
        return None  # unreadable or unmappable: extraction will say why
    return None

# --- end: per-document results ---


# ---------------------------------------------------------------------------
# Workers

def _die_with_parent(parent_pid: int) -> None:
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _child(conn, task: Callable, path: Path, limits: Limits, parent_pid: int) -> None:
    try:
        os.setpgid(0, 0)  # own group: a timeout kills the worker and whatever it started
    except OSError:
        pass
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # ^C is the parent's to handle
    if limits.memory_mb:
        cap = (own_size_mb() + int(limits.memory_mb)) << 20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    reserve = bytearray(_RESERVE)
    try:
        msg = ("ok", task(path))
    except MemoryError:
        msg = ("memory", None)
    except BaseException as e:  # a bug in the task: report it, never hang the parent
        text = str(e).splitlines()[0][:200] if str(e) else ""
        msg = ("error", f"unexpected error: {type(e).__name__}: {text}".rstrip(": "))
    del reserve
    try:
        conn.send(msg)
    except MemoryError:
        conn.send(("memory", None))
    conn.close()


@dataclass
class _Job:
    index: int
    path: Path
    proc: multiprocessing.process.BaseProcess
    started: float
    deadline: Optional[float]


def _kill(proc) -> None:
    for kill in (lambda: os.killpg(proc.pid, signal.SIGKILL), lambda: os.kill(proc.pid, signal.SIGKILL)):
        try:
            kill()
        except (ProcessLookupError, PermissionError, OSError):
            pass
    proc.join(5)


def _reap(proc) -> None:
    """Wait for a worker that is done to exit; kill it if it does not."""
    proc.join(5)
    if proc.is_alive():
        _kill(proc)


def _signal_name(n: int) -> str:
    try:
        return signal.Signals(n).name
    except ValueError:
        return f"signal {n}"


def map_documents(paths: Iterable[Path], root: Path, task: Callable, *, workers: Optional[int] = None,
                  limits: Limits = Limits(), progress: Optional[Callable] = None,
                  meanwhile: Optional[Callable] = None) -> list:
    """`task(path) -> DocumentResult` for every path, each in its own worker process under
    `limits`; a worker that times out, runs out of memory or crashes gives a failed
    DocumentResult with the reason. Returns results in the order of `paths`.

    meanwhile() is called once, in this process, as soon as the first workers run: work the
    caller needs only after the documents (imports for the outputs) is then done while the
    workers read, instead of after them (it takes a share of a core from the workers for that
    while, where afterwards it would leave a core idle)."""
    from .runner import OUT_OF_MEMORY, failed_result

    paths = list(paths)
    workers = max(1, workers or default_workers())
    ctx = multiprocessing.get_context("fork")
    # Every worker is a fork of this process: frozen, the objects it inherits (spaCy's
    # vocabulary, the libraries) are never walked by a worker's garbage collector, which
    # would also copy the memory pages they sit on. Measured: about 7 % of a worker's time.
    gc.freeze()
    results: list = [None] * len(paths)
    pending = deque(enumerate(paths))
    running: dict = {}  # read end of the job's pipe -> _Job
    timeout = limits.timeout or None
    memory_reason = f"memory limit {limits.memory_mb} MiB exceeded"

    def finish(job: _Job, result) -> None:
        if result.failure is not None and result.failure.reason == OUT_OF_MEMORY and limits.memory_mb:
            result = failed_result(job.path, root, memory_reason, time.monotonic() - job.started)
        results[job.index] = result
        if progress:
            progress(result)

    def start_workers() -> None:
        while pending and len(running) < workers:
            i, path = pending.popleft()
            r, w = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(w, task, path, limits, os.getpid()),
                               name=f"oversight-worker-{i}", daemon=True)
            now = time.monotonic()
            proc.start()
            w.close()
            running[r] = _Job(i, path, proc, now, now + timeout if timeout else None)

    try:
        while pending or running:
            start_workers()
            if meanwhile is not None:
                meanwhile()
                meanwhile = None
                gc.freeze()   # what it loaded is inherited by the later workers too
            deadlines = [j.deadline for j in running.values() if j.deadline is not None]
            wait = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            multiprocessing.connection.wait([*running, *(j.proc.sentinel for j in running.values())], wait)
            now = time.monotonic()
            # Results are handed on (the runner writes a cache file for each) only once the
            # freed slots have new workers: otherwise every document's bookkeeping would hold
            # up the next one.
            completed: list[tuple[_Job, object]] = []
            exiting: list[_Job] = []
            for conn, job in list(running.items()):
                msg = None
                done = False
                if conn.poll():
                    try:
                        msg = conn.recv()
                    except (EOFError, OSError):
                        msg = None
                    done = True
                elif not job.proc.is_alive():
                    done = True
                elif job.deadline is not None and now >= job.deadline:
                    _kill(job.proc)
                    completed.append((job, failed_result(job.path, root, f"timed out after {timeout:g} s",
                                                         now - job.started)))
                    del running[conn]
                    conn.close()
                    continue
                if not done:
                    continue
                del running[conn]
                conn.close()
                seconds = now - job.started
                if msg is None:
                    _reap(job.proc)   # its exit code says how it died
                    code = job.proc.exitcode
                    if code is not None and code < 0:
                        reason = f"worker crashed (signal {-code}: {_signal_name(-code)})"
                        if -code == signal.SIGABRT and limits.memory_mb:
                            # pdfium (C++) aborts where Python would raise MemoryError.
                            reason += f", e.g. pdfium at the memory limit of {limits.memory_mb} MiB"
                    else:
                        reason = f"worker crashed (exit code {code})"
                    completed.append((job, failed_result(job.path, root, reason, seconds)))
                    continue
                exiting.append(job)
                if msg[0] == "ok":
                    completed.append((job, msg[1]))
                elif msg[0] == "memory":
                    completed.append((job, failed_result(
                        job.path, root, memory_reason if limits.memory_mb else OUT_OF_MEMORY, seconds)))
                else:
                    completed.append((job, failed_result(job.path, root, msg[1], seconds)))
            start_workers()
            for job in exiting:   # sent its result: it is only exiting
                _reap(job.proc)
            for job, result in completed:
                finish(job, result)
    finally:
        for conn, job in running.items():
            _kill(job.proc)
            conn.close()
        gc.unfreeze()
    return results


# ---------------------------------------------------------------------------
# Dask


def quiet_dask_logs() -> None:
    """distributed installs its own stderr handler; send its records through ours (plain text
    or JSON lines, see runner.configure_logging) and keep only warnings and errors."""
    import logging
    for name in ("distributed", "dask"):
        lg = logging.getLogger(name)
        for h in list(lg.handlers):
            lg.removeHandler(h)
        lg.propagate = True
        lg.setLevel(logging.WARNING)


def dask_client(scheduler: Optional[str] = None, workers: Optional[int] = None):
    """(client, cluster): a Client connected to `scheduler`, or to a new LocalCluster of
    `workers` single-threaded worker processes (default: the cores) when it is None; cluster
    is None when connecting to an existing scheduler. Raises OSError when it cannot connect."""
    import logging

    from distributed import Client, LocalCluster
    quiet_dask_logs()
    if scheduler:
        # How long to keep trying to connect: Dask's distributed.comm.timeouts.connect (30s by
        # default; DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s in the environment sets it).
        import dask
        return Client(scheduler, timeout=dask.config.get("distributed.comm.timeouts.connect")), None
    cluster = LocalCluster(n_workers=max(1, workers or default_workers()), threads_per_worker=1,
                           processes=True, dashboard_address=None, silence_logs=logging.WARNING)
    return Client(cluster), cluster


def map_documents_dask(fn: Callable, n: int, args_for: Callable, lost: Callable, *, scheduler: Optional[str] = None,
                       workers: Optional[int] = None, progress: Optional[Callable] = None, client=None) -> list:
    """`fn(*args_for(i, client))` for i in range(n) on a Dask cluster; returns the results in
    index order (whatever order they finish in). A task that raises, or whose worker died
    (KilledWorker), gives `lost(i, exception)`. At most two tasks per worker thread are in
    flight at once, so sending file bytes (`args_for` may scatter them) never piles the whole
    corpus onto the cluster. Uses `client` when given, else connects (see dask_client) and
    closes what it opened."""
    from distributed import as_completed

    own_cluster = None
    own_client = client is None
    if own_client:
        client, own_cluster = dask_client(scheduler, workers)
    results: list = [None] * n
    try:
        window = max(2, 2 * sum(client.nthreads().values()))
        index: dict = {}
        queue = iter(range(n))
        ac = as_completed()

        def submit_next() -> bool:
            i = next(queue, None)
            if i is None:
                return False
            fut = client.submit(fn, *args_for(i, client), pure=False)
            index[fut.key] = i
            ac.add(fut)
            return True

        for _ in range(window):
            if not submit_next():
                break
        for fut in ac:
            i = index.pop(fut.key)
            try:
                results[i] = fut.result()
            except Exception as e:  # KilledWorker, CancelledError, an error in the task
                results[i] = lost(i, e)
            fut.release()
            if progress:
                progress(results[i])
            submit_next()
    finally:
        if own_client:
            client.close()
            if own_cluster is not None:
                own_cluster.close()
    return results


# ---------------------------------------------------------------------------
# One function on another core

class Forked:
    """fn() computed in a forked child process while this one goes on; result() waits for it.

        with Forked(lambda: slow(a, b)) as pending:
            other_work()
            value = pending.result()

    Only a speed-up, never a change of result: where no process can be forked (no fork, or
    this is a daemonic process), or when the child dies or fn raises there, fn() runs in this
    process when result() is called, so an error is raised here as it would have been. A child
    that does not answer within `grace` seconds plus ten times the time this process took
    meanwhile (one stuck on a lock another thread held at the fork) is given up on the same
    way. Leaving the block before result() kills the child."""

    def __init__(self, fn: Callable, grace: float = 60.0):
        self.fn = fn
        self.grace = grace
        self.proc = None
        self.conn = None
        self.started = time.monotonic()

    def __enter__(self) -> "Forked":
        try:
            ctx = multiprocessing.get_context("fork")
            self.conn, child_end = ctx.Pipe(duplex=False)
        except (ValueError, OSError):  # no fork on this platform, no pipe
            return self
        try:
            self.proc = ctx.Process(target=_send_result, args=(child_end, self.fn), daemon=True)
            self.proc.start()
        except Exception:  # AssertionError (a daemonic process has no children), OSError
            self.proc = None
            self.conn.close()
        finally:
            child_end.close()
        return self

    def result(self):
        if self.proc is not None:
            patience = self.grace + 10 * (time.monotonic() - self.started)
            try:
                if self.conn.poll(patience):
                    done, value = self.conn.recv()
                    if done:
                        return value
            except (EOFError, OSError):
                pass  # the child died
            finally:
                self._stop(kill=True)  # it has sent (and is exiting), died, or is stuck
        return self.fn()

    def _stop(self, kill: bool) -> None:
        if self.proc is not None:
            if kill:
                self.proc.kill()
            self.proc.join()
            self.conn.close()
            self.proc = None

    def __exit__(self, *exc) -> None:
        self._stop(kill=True)  # a no-op once result() has been called


def _send_result(conn, fn: Callable) -> None:
    """The forked child of Forked: (True, fn()), or (False, None) when fn raised."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # ^C is the parent's to handle
    try:
        message = (True, fn())
    except BaseException:
        message = (False, None)  # the parent runs fn itself and raises what it raises
    try:
        conn.send(message)
    except OSError:
        pass  # the parent is gone
    conn.close()
    # Out at once, without the interpreter's exit (flushing stdio inherited from the parent,
    # whose locks another thread of the parent may have held at the fork).
    os._exit(0)
