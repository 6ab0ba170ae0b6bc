"""The embedded object store: one file per blob under `root/ab/cd/<sha256>`.

Blobs are written to `root/tmp` first and renamed into place. A process killed mid-write
leaves its temporary file behind: opening the store removes those older than
`STALE_TMP_S` (a write in progress elsewhere is younger). A full disk is a BackendError that
names the store and says so, never a bare OSError.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from hoso.archive.blobstore import CHUNK, BlobStore, StoredCheckpoint, checkpoint_folder
from hoso.errors import BackendError, NotFound
from hoso.records import BlobRef

__all__ = ["STALE_TMP_S", "LocalBlobStore"]

#: Age after which a temporary file is a dead process's leftover (no blob takes this long).
STALE_TMP_S = 6 * 3600


class LocalBlobStore(BlobStore):
    def __init__(self, root: Path, *, stale_tmp_s: float = STALE_TMP_S) -> None:
        self.root = root
        try:
            (root / "tmp").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackendError(f"cannot create the store at {root}: {exc}") from exc
        self.sweep_tmp(stale_tmp_s)

    def sweep_tmp(self, older_than_s: float) -> int:
        """Remove temporary files (and folders) left in `root/tmp` longer than `older_than_s`
        ago, by killed processes; returns how many."""
        cutoff, removed = time.time() - older_than_s, 0
        for entry in (self.root / "tmp").iterdir():
            try:
                if entry.lstat().st_mtime >= cutoff:
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
                removed += 1
            except FileNotFoundError:
                continue  # removed by another process sweeping at the same moment
        return removed

    def _path(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise NotFound(f"no blob {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put_file(self, path: Path) -> BlobRef:
        with path.open("rb") as src:
            return self._put_stream(iter(lambda: src.read(CHUNK), b""))

    def put_bytes(self, data: bytes) -> BlobRef:
        return self._put_stream(iter([data]))

    def put_checkpoint(self, chain: str, data: bytes) -> BlobRef:
        folder = self.root / "checkpoints" / checkpoint_folder(chain)
        return self._put_stream(iter([data]), lambda sha256: folder / sha256)

    def checkpoints(self, chain: str) -> list[StoredCheckpoint]:
        folder = self.root / "checkpoints" / checkpoint_folder(chain)
        if not folder.is_dir():
            return []
        return [StoredCheckpoint(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]

    def _put_stream(self, chunks: Iterator[bytes],
                    place: Callable[[str], Path] | None = None) -> BlobRef:
        try:
            return self._write(chunks, place)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise BackendError(f"no space left on device at {self.root}",
                                   hint="free some space or give the store a larger disk, "
                                        "then send the files again or `hoso requeue`") from exc
            raise BackendError(f"cannot write to the store at {self.root}: {exc}") from exc

    def _write(self, chunks: Iterator[bytes],
               place: Callable[[str], Path] | None = None) -> BlobRef:
        # Write to a temporary file in the same filesystem, then rename: a reader or a crash
        # sees the whole blob or none of it.
        digest, size = hashlib.sha256(), 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root / "tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            final = (place or self._path)(digest.hexdigest())
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp_name, final)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return BlobRef(digest.hexdigest(), size)

    def iter_chunks(self, sha256: str) -> Iterator[bytes]:
        path = self._path(sha256)
        try:
            src = path.open("rb")
        except FileNotFoundError:
            raise NotFound(f"no blob {sha256} in the store at {self.root}") from None
        with src:
            yield from iter(lambda: src.read(CHUNK), b"")

    @contextmanager
    def local_path(self, sha256: str, name: str = "") -> Iterator[Path]:
        path = self._path(sha256)
        if not path.is_file():
            raise NotFound(f"no blob {sha256} in the store at {self.root}")
        if not name:
            yield path
            return
        # A link named like the original, so that tools' errors name the file, not its hash.
        tmp = self._link_folder(path, name)
        if tmp is None:
            yield path
            return
        try:
            yield tmp / name
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def _link_folder(self, path: Path, name: str) -> Path | None:
        """A new folder holding a link `name` to `path`; None where the disk has no room for
        it: the blob reads as well under its hash, and a full disk must not stop reading."""
        try:
            tmp = Path(tempfile.mkdtemp(prefix="hoso-", dir=self.root / "tmp"))
        except OSError:
            return None
        try:
            (tmp / name).symlink_to(path)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            return None
        return tmp

    def exists(self, sha256: str) -> bool:
        return self._path(sha256).is_file()

    def list_blobs(self) -> Iterator[tuple[str, datetime]]:
        for path in self.root.glob("[0-9a-f][0-9a-f]/[0-9a-f][0-9a-f]/*"):
            written = self.written_at(path.name)
            if written is not None:
                yield path.name, written

    def written_at(self, sha256: str) -> datetime | None:
        # A blob written again (the same bytes handed in again) is renamed over the old one,
        # so its time is that of the latest write: the sweep's grace period starts anew.
        try:
            return datetime.fromtimestamp(self._path(sha256).stat().st_mtime, UTC)
        except (FileNotFoundError, NotFound):
            return None

    def delete(self, sha256: str) -> None:
        self._path(sha256).unlink(missing_ok=True)
