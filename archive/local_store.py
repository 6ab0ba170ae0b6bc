"""The embedded object store: one file per blob under `root/ab/cd/<sha256>`."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from hoso.archive.blobstore import CHUNK, BlobStore, StoredCheckpoint, checkpoint_folder
from hoso.errors import BackendError, NotFound
from hoso.records import BlobRef

__all__ = ["LocalBlobStore"]


class LocalBlobStore(BlobStore):
    def __init__(self, root: Path) -> None:
        self.root = root
        try:
            (root / "tmp").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackendError(f"cannot create the store at {root}: {exc}") from exc

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
        with tempfile.TemporaryDirectory(prefix="hoso-", dir=self.root / "tmp") as tmp:
            link = Path(tmp) / name
            link.symlink_to(path)
            yield link

    def exists(self, sha256: str) -> bool:
        return self._path(sha256).is_file()

    def delete(self, sha256: str) -> None:
        self._path(sha256).unlink(missing_ok=True)
